using System.Collections.Immutable;
using AttributionKit.Checking;

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

    /// <summary>Rules the host adds to the built-in ones (an embedding application's own, or a test's); configured like them.</summary>
    public virtual ImmutableArray<ArticleRule> AdditionalRules => [];
}
