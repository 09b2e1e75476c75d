namespace AttributionKit.Cli;

/// <summary>The process's console, working directory and environment, as the CLI sees them; replaceable in tests.</summary>
internal class ConsoleEnvironment
{
    public virtual TextWriter Out => Console.Out;

    public virtual TextWriter Error => Console.Error;

    public virtual Stream OpenStandardInput() => Console.OpenStandardInput();

    public virtual string CurrentDirectory => Directory.GetCurrentDirectory();

    public virtual bool IsOutputRedirected => Console.IsOutputRedirected;

    public virtual bool IsErrorRedirected => Console.IsErrorRedirected;

    public virtual string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>
    /// The options every check starts from before flags and configuration files apply: the host's own rules
    /// (<see cref="AnalyzeOptions.AdditionalRules"/>, configured like the built-in ones), rules it switches off.
    /// </summary>
    public virtual AnalyzeOptions BaseOptions => AnalyzeOptions.Default;
}
