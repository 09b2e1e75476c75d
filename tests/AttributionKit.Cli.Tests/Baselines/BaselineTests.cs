using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Baselines;

public class BaselineTests
{
    private static List<string> Excerpts(FakeConsole console) =>
        [.. JsonNode.Parse(console.Output)!["files"]!.AsArray().SelectMany(f => f!["findings"]!.AsArray()).Select(f => f!["excerpt"]!.GetValue<string>())];

    [Fact]
    public void Round_trip_hides_known_findings_survives_edits_elsewhere_and_reports_new_ones()
    {
        using var ws = new TempWorkspace();
        var story = ws.Write("news/story.md", Articles.Story);
        ws.Write(".attributionkit.json", """{ "failOn": "warning" }""");

        var write = ws.Console();
        write.Run("check", "news", "--write-baseline", "baseline.json").Should().Be(0, "writing a baseline adopts today's findings");
        write.Errors.Should().Contain("wrote 2 finding(s) to the baseline");
        var recorded = JsonNode.Parse(File.ReadAllText(ws.PathOf("baseline.json")))!["findings"]!.AsArray();
        recorded.Should().HaveCount(2);
        recorded.Select(f => f!["path"]!.GetValue<string>()).Should().AllBe("news/story.md");
        recorded.Select(f => f!["fingerprint"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();

        var same = ws.Console();
        same.Run("check", "news", "--baseline", "baseline.json", "--format", "json").Should().Be(0);
        Excerpts(same).Should().BeEmpty();
        same.Errors.Should().Contain("2 known findings hidden by the baseline");

        // Edits elsewhere move the findings down; they stay known.
        File.WriteAllText(story, Articles.Story.Replace("# Council story", "# Council story\n\nAn added first paragraph.\n", StringComparison.Ordinal));
        var moved = ws.Console();
        moved.Run("check", "news", "--baseline", "baseline.json", "--format", "json").Should().Be(0);
        Excerpts(moved).Should().BeEmpty();

        // A new occurrence is new, even with the same words as a known one.
        File.AppendAllText(story, "\n\nAnd zorblax again.\n");
        var added = ws.Console();
        added.Run("check", "news", "--baseline", "baseline.json", "--format", "json").Should().Be(1);
        Excerpts(added).Should().Equal("zorblax");
        JsonNode.Parse(added.Output)!["files"]![0]!["findings"]![0]!["span"]!["line"]!.GetValue<int>().Should().BeGreaterThan(9);
    }

    [Fact]
    public void A_baseline_that_is_not_one_is_exit_2()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        ws.Write("baseline.json", "{ \"nothing\": 1 }");
        var console = ws.Console();

        console.Run("check", "story.md", "--baseline", "baseline.json").Should().Be(2);
        console.Errors.Should().Contain("baseline.json").And.Contain("not a baseline file");
    }
}
