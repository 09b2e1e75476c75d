using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Reporting;

public class TextReportWriterTests
{
    [Fact]
    public void Findings_are_grouped_by_file_as_path_line_column_severity_rule_message_without_colour_when_redirected()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        ws.Write("clean.txt", Articles.Clean);
        var console = ws.Console();

        console.Run("check", "story.md", "clean.txt").Should().Be(0);

        var (line, column) = Articles.Positions(Articles.Story, MarkerRule.Word)[0];
        console.Output.Should().Contain($"story.md:{line}:{column} warning marker-word Marker word 'zorblax' found.");
        console.Output.Should().Contain("clean.txt (text; published 2025-05-19 from dateline;").And.Contain("    no findings");
        console.Output.Should().NotContain("\u001b[", "output redirected to a file or pipe is never coloured");
        console.Output.TrimEnd().Should().EndWith("2 files checked: 0 errors, 2 warnings, 0 info.");
    }
}
