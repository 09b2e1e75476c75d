using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Commands;

/// <summary>The library's attributionkit-disable comments, end to end through the CLI, and <c>--no-inline-config</c>.</summary>
public class InlineConfigTests
{
    private const string Markdown = """
        # Story

        First zorblax stays.

        <!-- attributionkit-disable-next-line marker-word -->
        Second zorblax is suppressed for the next line.

        <!-- attributionkit-disable TST0001 -->
        Third zorblax is in a disabled region.

        Fourth zorblax too.
        <!-- attributionkit-enable TST0001 -->

        Fifth zorblax stays.

        <!-- attributionkit-disable-next-line some-other-rule -->
        Sixth zorblax stays: the comment names another rule.
        """;

    private static List<int> Lines(FakeConsole console, int file = 0) =>
        [.. JsonNode.Parse(console.Output)!["files"]![file]!["findings"]!.AsArray().Select(f => f!["span"]!["line"]!.GetValue<int>())];

    [Fact]
    public void Markdown_comments_suppress_the_next_line_and_regions_by_rule_id_or_name()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Markdown);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "json");

        var all = Articles.Positions(Markdown, MarkerRule.Word).Select(p => p.Line).ToList();
        Lines(console).Should().Equal(all[0], all[4], all[5]);
    }

    [Fact]
    public void No_inline_config_ignores_the_comments()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Markdown);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "json", "--no-inline-config");

        Lines(console).Should().HaveCount(6);
    }

    [Fact]
    public void Plain_text_has_no_inline_configuration()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.txt", "Story\n\n<!-- attributionkit-disable-next-line marker-word -->\nA zorblax line.\n");
        var console = ws.Console();

        console.Run("check", "story.txt", "--format", "json");

        Lines(console).Should().ContainSingle("comments mean nothing in plain text");
    }

    [SkippableFact]
    public void Html_comments_suppress_findings()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.html", """
            <!DOCTYPE html>
            <html><head><title>Story</title></head>
            <body><article>
            <h1>Story</h1>
            <p>First zorblax stays, and this paragraph is long enough to be kept as article text by any extractor.</p>
            <!-- attributionkit-disable-next-line marker-word -->
            <p>Second zorblax is suppressed, and this paragraph is long enough to be kept as article text too.</p>
            </article></body></html>
            """);
        var console = ws.Console();

        console.Run("check", "story.html", "--format", "json");

        var file = JsonNode.Parse(console.Output)!["files"]![0]!;
        var error = file["error"]?["message"]?.GetValue<string>();
        Skip.If(error is not null && error.Contains("not implemented", StringComparison.Ordinal), "HTML inline-suppression test skipped: the HTML loader is not in this build yet.");
        error.Should().BeNull();
        Lines(console).Should().Equal(5);
    }
}
