using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Reporting;

public class JsonReportWriterTests
{
    [Fact]
    public void Report_follows_the_contract_with_located_findings()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "json").Should().Be(0);

        var report = JsonNode.Parse(console.Output)!;
        report["tool"]!["name"]!.GetValue<string>().Should().Be("AttributionKit");
        var file = report["files"]![0]!;
        file["format"]!.GetValue<string>().Should().Be("markdown");
        foreach (var array in new[] { "quotes", "attributions", "dates", "outlets", "claims", "findings" })
        {
            file[array].Should().BeOfType<JsonArray>(array);
        }

        var finding = file["findings"]![0]!;
        var (line, column) = Articles.Positions(Articles.Story, MarkerRule.Word)[0];
        finding["id"]!.GetValue<string>().Should().Be("TST0001");
        finding["rule"]!.GetValue<string>().Should().Be("marker-word");
        finding["severity"]!.GetValue<string>().Should().Be("warning");
        finding["excerpt"]!.GetValue<string>().Should().Be("zorblax");
        finding["span"]!["line"]!.GetValue<int>().Should().Be(line);
        finding["span"]!["column"]!.GetValue<int>().Should().Be(column);
        finding["span"]!["endColumn"]!.GetValue<int>().Should().Be(column + MarkerRule.Word.Length);
    }
}
