using AttributionKit.Checking;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// <c>--format github</c>: one workflow command per finding (<c>::error</c>, <c>::warning</c> or <c>::notice</c>),
/// which the Actions runner turns into annotations on the pull request's lines. Paths are relative to the
/// repository root, as the runner expects. A file that could not be checked is an <c>::error</c> on the file.
/// </summary>
internal sealed class GitHubReportWriter(TextWriter writer) : IReportWriter
{
    public void Begin()
    {
    }

    public void Write(FileOutcome outcome)
    {
        if (outcome.Result is null)
        {
            writer.WriteLine(GitHubCommands.Format("error", [("file", outcome.RepositoryPath), ("title", "AttributionKit: file not checked")], outcome.Error ?? "could not be checked"));
            return;
        }

        foreach (var finding in outcome.Findings)
        {
            writer.WriteLine(Command(outcome.RepositoryPath, finding));
        }

        writer.Flush();
    }

    public void End(RunSummary summary) => writer.Flush();

    public void Dispose()
    {
    }

    /// <summary>The workflow command for one finding.</summary>
    public static string Command(string path, Finding finding)
    {
        var span = finding.Span;
        // GitHub draws a column range only on a single line; endColumn is exclusive like ours.
        var singleLine = span.EndLine == span.Line;
        return GitHubCommands.Format(
            finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            },
            [
                ("file", path),
                ("line", span.Line),
                ("endLine", span.EndLine),
                ("col", span.Column),
                ("endColumn", singleLine ? span.EndColumn : null),
                ("title", $"{finding.RuleId} {finding.RuleName}"),
            ],
            finding.Message);
    }
}
