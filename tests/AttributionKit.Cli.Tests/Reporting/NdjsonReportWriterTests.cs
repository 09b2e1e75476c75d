using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Reporting;

public class NdjsonReportWriterTests
{
    [Fact]
    public void One_line_per_file_in_input_order_each_the_same_object_as_in_the_json_report()
    {
        using var ws = new TempWorkspace();
        ws.Write("a/story.md", Articles.Story);
        ws.WriteBytes("b/broken.txt", Articles.Binary);
        ws.Write("c/clean.txt", Articles.Clean);

        var ndjson = ws.Console();
        ndjson.Run("check", "a", "b", "c", "--format", "ndjson", "--jobs", "3").Should().Be(2);
        var json = ws.Console();
        json.Run("check", "a", "b", "c", "--format", "json").Should().Be(2);

        var lines = ndjson.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        var files = JsonNode.Parse(json.Output)!["files"]!.AsArray();
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i].Should().NotContain("\r");
            JsonNode.DeepEquals(JsonNode.Parse(lines[i]), files[i]).Should().BeTrue($"line {i + 1} equals files[{i}]");
        }

        lines.Select(l => JsonNode.Parse(l)!["path"]!.GetValue<string>()).Should().Equal("a/story.md", "b/broken.txt", "c/clean.txt");
        JsonNode.Parse(lines[0])!["findings"]!.AsArray().Should().HaveCount(2);
        JsonNode.Parse(lines[1])!["error"]!["message"]!.GetValue<string>().Should().Contain("binary");
    }
}
