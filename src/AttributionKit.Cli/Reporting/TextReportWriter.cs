using AttributionKit.Checking;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// <c>--format text</c>: findings grouped by file, one per line as <c>path:line:col severity rule message</c>,
/// then the excerpt; coloured on a terminal unless <c>NO_COLOR</c> is set.
/// </summary>
internal sealed class TextReportWriter(TextWriter writer, bool colour) : IReportWriter
{
    private const string Reset = "\u001b[0m";

    public void Begin()
    {
    }

    public void Write(FileOutcome outcome)
    {
        if (outcome.Result is null)
        {
            writer.WriteLine($"{outcome.DisplayPath}: {Paint("error", "\u001b[31;1m")} {outcome.Error}");
            return;
        }

        var result = outcome.Result;
        var published = result.Article.Metadata.Published;
        writer.WriteLine(Paint(outcome.DisplayPath, "\u001b[1;4m")
            + $" ({FileReportJson.FormatName(outcome.Format)}; published {published?.Value ?? "unknown"}"
            + (published is null ? string.Empty : $" from {published.SourceLabel}")
            + $"; {result.Quotes.Length} quotes, {result.Dates.Length} dates, {result.Outlets.Length} outlets, {result.Claims.Length} claims)");
        foreach (var finding in outcome.Findings)
        {
            writer.WriteLine($"{outcome.DisplayPath}:{finding.Span.Line}:{finding.Span.Column} {SeverityLabel(finding.Severity)} {Paint(finding.RuleName, "\u001b[2m")} {finding.Message}");
            var excerpt = finding.Excerpt.ReplaceLineEndings(" ");
            writer.WriteLine($"    {(excerpt.Length > 160 ? excerpt[..157] + "..." : excerpt)}");
        }

        if (outcome.Findings.IsEmpty)
        {
            writer.WriteLine("    no findings");
        }

        writer.WriteLine();
    }

    public void End(RunSummary summary)
    {
        writer.WriteLine(summary.Describe());
        writer.Flush();
    }

    public void Dispose()
    {
    }

    private string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => Paint("error", "\u001b[31;1m"),
        Severity.Warning => Paint("warning", "\u001b[33;1m"),
        _ => Paint("info", "\u001b[36m"),
    };

    private string Paint(string text, string code) => colour ? code + text + Reset : text;
}
