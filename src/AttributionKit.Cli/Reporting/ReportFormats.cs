namespace AttributionKit.Cli.Reporting;

/// <summary>The report formats <c>--format</c> accepts.</summary>
internal static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Default = Text;

    public static readonly string[] All = [Text, Json];

    public static IReportWriter Create(string format, TextWriter writer, ConsoleEnvironment environment, bool colour) => format switch
    {
        Json => new JsonReportWriter(writer),
        _ => new TextReportWriter(writer, colour && environment.GetVariable("NO_COLOR") is not { Length: > 0 }),
    };
}
