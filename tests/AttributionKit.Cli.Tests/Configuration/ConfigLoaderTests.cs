using AttributionKit.Checking;
using AttributionKit.Cli.Commands;
using AttributionKit.Cli.Configuration;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Configuration;

public class ConfigLoaderTests
{
    private static readonly RuleDescriptor[] Known = [MarkerRule.Rule];

    [Fact]
    public void Reads_every_setting_from_JSON_with_comments_and_trailing_commas()
    {
        using var ws = new TempWorkspace();
        var path = ws.Write(".attributionkit.json", """
            {
              // house style
              "$schema": "./docs/attributionkit.schema.json",
              "rules": { "marker-word": "error", "TST0001": "info", },
              "failOn": "warning",
              "include": ["**/*.md"],
              "exclude": ["drafts/**"], /* not yet */
              "referenceDate": "documentOrClock",
              "outletAliases": { "Beeb": "BBC", },
            }
            """);

        var config = ConfigLoader.Load(path, Known);

        config.Rules.Should().BeEquivalentTo(new Dictionary<string, Severity?> { ["marker-word"] = Severity.Error, ["TST0001"] = Severity.Info });
        config.HasFailOn.Should().BeTrue();
        config.FailOn.Should().Be(Severity.Warning);
        config.Include.Should().Equal("**/*.md");
        config.Exclude.Should().Equal("drafts/**");
        config.ReferenceDatePolicy.Should().Be(ReferenceDatePolicy.DocumentOrClock);
        config.OutletAliases.Should().ContainKey("beeb").WhoseValue.Should().Be("BBC");
    }

    [Fact]
    public void Maps_onto_AnalyzeOptions()
    {
        using var ws = new TempWorkspace();
        var path = ws.Write(".attributionkit.json", """{"rules": {"marker-word": "off", "TST0001": "error"}, "referenceDate": "clock", "outletAliases": {"Beeb": "BBC"}, "failOn": "none"}""");

        var config = ConfigLoader.Load(path, Known);
        var options = config.Apply(AnalyzeOptions.Default);

        options.DisabledRules.Should().Contain("marker-word");
        options.SeverityOverrides.Should().ContainKey("TST0001").WhoseValue.Should().Be(Severity.Error);
        options.ReferenceDatePolicy.Should().Be(ReferenceDatePolicy.Clock);
        options.OutletAliases["Beeb"].Should().Be("BBC");
        config.HasFailOn.Should().BeTrue();
        config.FailOn.Should().BeNull("failOn none never fails");
    }

    [Fact]
    public void A_byte_order_mark_and_non_ASCII_text_keep_lines_and_columns_right()
    {
        using var ws = new TempWorkspace();
        var path = ws.WriteBytes(".attributionkit.json", [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes("{\n  \"outletAliases\": {\"Bé\": \"BBC\"}, \"failOn\": \"ëëk\"\n}")]);

        var act = () => ConfigLoader.Load(path, Known);

        act.Should().Throw<UsageException>().Which.Message.Should().StartWith($"{path}:2:45: \"failOn\" must be one of");
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"marker-word\": \"error\"\n  ,,\n}", 4, "invalid JSON")]
    [InlineData("{\n  \"rules\": {\n    \"no-such-rule\": \"error\"\n  }\n}", 3, "unknown rule \"no-such-rule\"")]
    [InlineData("{\n  \"rules\": {\n    \"marker-word\": \"loud\"\n  }\n}", 3, "\"rules.marker-word\" must be one of \"off\", \"info\", \"warning\", \"error\", not \"loud\"")]
    [InlineData("{\n\n  \"failOn\": 3\n}", 3, "\"failOn\" must be one of")]
    [InlineData("{\n  \"referenceDate\": \"yesterday\"\n}", 2, "\"referenceDate\" must be one of")]
    [InlineData("{\n  \"include\": [\"**/*.md\", 7]\n}", 2, "\"include\" must hold glob patterns")]
    [InlineData("{\n  \"outletAliases\": {\"Beeb\": \"\"}\n}", 2, "must be an outlet name")]
    [InlineData("{\n  \"rulez\": {}\n}", 2, "unknown setting \"rulez\"")]
    [InlineData("[]", 1, "must be a JSON object")]
    [InlineData("", 1, "invalid JSON")]
    public void A_bad_configuration_is_an_error_naming_the_file_the_line_and_the_problem(string json, int line, string problem)
    {
        using var ws = new TempWorkspace();
        var path = ws.Write(".attributionkit.json", json);

        var act = () => ConfigLoader.Load(path, Known);

        act.Should().Throw<UsageException>()
            .Which.Message.Should().StartWith($"{path}:{line}:").And.Contain(problem);
    }
}
