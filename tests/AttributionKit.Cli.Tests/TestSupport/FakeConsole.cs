using System.Text;

namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>A console for in-process runs: captured output, given standard input, a fixed clock, the marker rule added.</summary>
internal sealed class FakeConsole(string currentDirectory) : ConsoleEnvironment, IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public byte[] StandardInput { get; set; } = [];

    public bool ErrorIsTerminal { get; set; }

    public Dictionary<string, string> Variables { get; } = [];

    public override TextWriter Out => _out;

    public override TextWriter Error => _error;

    public string Output => _out.ToString();

    public string Errors => _error.ToString();

    public override Stream OpenStandardInput() => new MemoryStream(StandardInput);

    public override string CurrentDirectory => currentDirectory;

    public override bool IsOutputRedirected => true;

    public override bool IsErrorRedirected => !ErrorIsTerminal;

    public override string? GetVariable(string name) => Variables.GetValueOrDefault(name);

    public override TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Whether the built-in rules are switched off (the default), so a test sees only <see cref="MarkerRule"/>'s findings
    /// at the places it put them, whatever the built-in rules find in its small articles.
    /// </summary>
    public bool OnlyMarkerRule { get; init; } = true;

    public override AnalyzeOptions BaseOptions => OnlyMarkerRule ? TestOptions.MarkerOnly : TestOptions.WithBuiltIns;

    public int Run(params string[] args) => CliApplication.Run(args, this);

    public void SetStandardInput(string text) => StandardInput = Encoding.UTF8.GetBytes(text);

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
    }
}
