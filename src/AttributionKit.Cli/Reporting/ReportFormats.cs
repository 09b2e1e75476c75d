namespace AttributionKit.Cli.Reporting;

/// <summary>The report formats <c>--format</c> accepts.</summary>
internal static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Ndjson = "ndjson";
    public const string Sarif = "sarif";
    public const string GitHub = "github";
    public const string Html = "html";
    public const string Default = Text;

    public static readonly string[] All = [Text, Json, Ndjson, Sarif, GitHub, Html];

    public static IReportWriter Create(string format, TextWriter writer, ReportContext context) => format switch
    {
        Json => new JsonReportWriter(writer),
        Ndjson => new NdjsonReportWriter(writer),
        Sarif => new SarifReportWriter(writer, context),
        GitHub => new GitHubReportWriter(writer),
        Html => new HtmlReportWriter(writer),
        _ => new TextReportWriter(writer, context.Colour),
    };
}
