using System.Text.RegularExpressions;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Reporting;

public class GitHubReportWriterTests
{
    [Fact]
    public void Each_finding_is_a_workflow_command_on_its_line_and_columns()
    {
        using var ws = new TempWorkspace();
        ws.Write("news/story.md", Articles.Story);
        var console = ws.Console();

        var exit = console.Run("check", "news", "--format", "github");

        exit.Should().Be(0, "the marker rule warns and the default fail level is error");
        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = Articles.Positions(Articles.Story, MarkerRule.Word)
            .Select(p => $"::warning file=news/story.md,line={p.Line},endLine={p.Line},col={p.Column},endColumn={p.Column + MarkerRule.Word.Length},title=TST0001 marker-word::Marker word 'zorblax' found.")
            .ToList();
        lines.Should().Equal(expected);
        lines.Should().AllSatisfy(l => Regex.IsMatch(l, "^::(error|warning|notice) (file|line|endLine|col|endColumn|title)=[^:]*::.+$").Should().BeTrue(l));
    }

    [Fact]
    public void Configured_error_severity_becomes_error_and_unreadable_file_is_an_error_annotation()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        ws.WriteBytes("broken.md", Articles.Binary);
        ws.Write(".attributionkit.json", """{ "rules": { "marker-word": "error" } }""");
        var console = ws.Console();

        var exit = console.Run("check", "story.md", "broken.md", "--format", "github");

        exit.Should().Be(2, "a file could not be read");
        console.Output.Should().Contain("::error file=story.md,line=7,");
        console.Output.Should().MatchRegex(@"::error file=broken\.md,title=AttributionKit%3A file not checked::.*binary");
    }
}
