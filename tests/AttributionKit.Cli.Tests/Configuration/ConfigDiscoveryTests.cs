using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Configuration;

public class ConfigDiscoveryTests
{
    private static string[] Severities(FakeConsole console, int file) =>
        [.. JsonNode.Parse(console.Output)!["files"]![file]!["findings"]!.AsArray().Select(f => f!["severity"]!.GetValue<string>())];

    [Fact]
    public void The_nearest_configuration_walking_up_from_each_file_applies()
    {
        using var ws = new TempWorkspace();
        ws.Write(".attributionkit.json", """{ "rules": { "marker-word": "error" } }""");
        ws.Write("news/story.md", Articles.Story);
        ws.Write("news/opinion/.attributionkit.json", """{ "rules": { "TST0001": "off" } }""");
        ws.Write("news/opinion/column.md", Articles.Story);
        var console = ws.Console();

        var exit = console.Run("check", "news/story.md", "news/opinion/column.md", "--format", "json");

        Severities(console, 0).Should().Equal("error", "error");
        Severities(console, 1).Should().BeEmpty("the nearer file switches the rule off");
        exit.Should().Be(1);
    }

    [Fact]
    public void Config_option_overrides_discovery()
    {
        using var ws = new TempWorkspace();
        ws.Write(".attributionkit.json", """{ "rules": { "marker-word": "error" } }""");
        ws.Write("ci/lenient.json", """{ "rules": { "marker-word": "info" } }""");
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "json", "--config", "ci/lenient.json").Should().Be(0);

        Severities(console, 0).Should().Equal("info", "info");
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("none", 0)]
    [InlineData("error", 0)]
    public void FailOn_from_the_configuration_applies_unless_the_flag_is_given(string? flag, int expected)
    {
        using var ws = new TempWorkspace();
        ws.Write(".attributionkit.json", """{ "failOn": "warning" }""");
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        string[] args = flag is null ? ["check", "story.md"] : ["check", "story.md", "--fail-on", flag];
        console.Run(args).Should().Be(expected);
    }

    [Fact]
    public void Include_and_exclude_filter_the_files_found_in_folders_but_not_files_named_on_the_command_line()
    {
        using var ws = new TempWorkspace();
        ws.Write(".attributionkit.json", """{ "include": ["**/*.md"], "exclude": ["drafts/**"] }""");
        ws.Write("published/story.md", Articles.Story);
        ws.Write("published/notes.txt", Articles.Clean);
        ws.Write("drafts/draft.md", Articles.Story);
        var folder = ws.Console();
        folder.Run("check", ".", "--format", "json");
        var named = ws.Console();
        named.Run("check", "drafts/draft.md", "--format", "json");

        JsonNode.Parse(folder.Output)!["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).Should().Equal("published/story.md");
        JsonNode.Parse(named.Output)!["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).Should().Equal("drafts/draft.md");
    }

    [Fact]
    public void A_bad_configuration_fails_the_run_with_exit_2_naming_the_file_and_line()
    {
        using var ws = new TempWorkspace();
        var config = ws.Write("news/.attributionkit.json", "{\n  \"rules\": {\n    \"marker-word\": \"loud\"\n  }\n}\n");
        ws.Write("news/story.md", Articles.Story);
        var console = ws.Console();

        var exit = console.Run("check", "news", "--format", "json");

        exit.Should().Be(2);
        console.Errors.Should().Contain($"{config}:3:").And.Contain("\"rules.marker-word\" must be one of");
        console.Output.Should().BeEmpty("nothing is analysed under a broken configuration");
    }

    [Fact]
    public void A_missing_config_file_is_exit_2()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "story.md", "--config", "nope.json").Should().Be(2);
        console.Errors.Should().Contain("nope.json").And.Contain("does not exist");
    }
}
