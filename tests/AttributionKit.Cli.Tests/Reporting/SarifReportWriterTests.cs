using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;
using NJsonSchema;
using Xunit.Abstractions;

namespace AttributionKit.Cli.Tests.Reporting;

public class SarifReportWriterTests(ITestOutputHelper output)
{
    [Fact]
    public void Driver_describes_every_rule_and_results_point_at_the_file_relative_to_the_repository_root()
    {
        using var ws = new TempWorkspace();
        ws.Write("news/story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "news/story.md", "--format", "sarif").Should().Be(0);

        var run = JsonNode.Parse(console.Output)!["runs"]![0]!;
        var driver = run["tool"]!["driver"]!;
        driver["name"]!.GetValue<string>().Should().Be("AttributionKit");
        driver["informationUri"]!.GetValue<string>().Should().StartWith("https://");
        var rules = driver["rules"]!.AsArray();
        var rule = rules.Single(r => r!["id"]!.GetValue<string>() == "TST0001")!;
        rule["name"]!.GetValue<string>().Should().Be("marker-word");
        rule["shortDescription"]!["text"]!.GetValue<string>().Should().Be("Marker word in the text");
        rule["fullDescription"]!["text"]!.GetValue<string>().Should().Contain("zorblax");
        rule["help"]!["text"]!.GetValue<string>().Should().Be("Remove the word.");
        rule["help"]!["markdown"]!.GetValue<string>().Should().Contain("Remove the word.");
        rule["helpUri"]!.GetValue<string>().Should().Be("https://example.invalid/rules/marker-word");
        rule["defaultConfiguration"]!["level"]!.GetValue<string>().Should().Be("warning");
        rule["properties"]!["category"]!.GetValue<string>().Should().Be("Testing");

        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>().Should().StartWith("file:///").And.EndWith("/");
        var results = run["results"]!.AsArray();
        var positions = Articles.Positions(Articles.Story, MarkerRule.Word);
        results.Should().HaveCount(positions.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i]!;
            result["ruleId"]!.GetValue<string>().Should().Be("TST0001");
            rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>().Should().Be("TST0001");
            result["level"]!.GetValue<string>().Should().Be("warning");
            result["message"]!["text"]!.GetValue<string>().Should().Be("Marker word 'zorblax' found.");
            var location = result["locations"]![0]!["physicalLocation"]!;
            location["artifactLocation"]!["uri"]!.GetValue<string>().Should().Be("news/story.md");
            location["artifactLocation"]!["uriBaseId"]!.GetValue<string>().Should().Be("%SRCROOT%");
            var region = location["region"]!;
            region["startLine"]!.GetValue<int>().Should().Be(positions[i].Line);
            region["startColumn"]!.GetValue<int>().Should().Be(positions[i].Column);
            region["endLine"]!.GetValue<int>().Should().Be(positions[i].Line);
            region["endColumn"]!.GetValue<int>().Should().Be(positions[i].Column + MarkerRule.Word.Length, "the end column is exclusive");
            region["snippet"]!["text"]!.GetValue<string>().Should().Be("zorblax");
            result["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{32}:1$");
        }
    }

    [Fact]
    public void Line_hash_is_stable_across_runs_and_when_lines_are_added_above()
    {
        using var ws = new TempWorkspace();
        var path = ws.Write("story.md", Articles.Story);
        var first = Hashes(ws);
        Hashes(ws).Should().Equal(first, "the same input gives the same fingerprints");

        File.WriteAllText(path, Articles.Story.Replace("# Council story", "# Council story\n\nA new first paragraph.\n", StringComparison.Ordinal));
        Hashes(ws).Should().Equal(first, "the hash depends on the line's text, not its number");
    }

    [Fact]
    public void Identical_lines_get_distinct_occurrence_numbers()
    {
        using var ws = new TempWorkspace();
        ws.Write("twice.md", "# T\n\nzorblax\n\nzorblax\n");
        var hashes = Hashes(ws, "twice.md");

        hashes.Should().HaveCount(2);
        hashes[0].Split(':')[0].Should().Be(hashes[1].Split(':')[0]);
        hashes.Select(h => h.Split(':')[1]).Should().Equal("1", "2");
    }

    [Fact]
    public void Files_that_failed_are_tool_execution_notifications()
    {
        using var ws = new TempWorkspace();
        ws.WriteBytes("image.txt", Articles.Binary);
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "image.txt", "story.md", "--format", "sarif").Should().Be(2);

        var run = JsonNode.Parse(console.Output)!["runs"]![0]!;
        var invocation = run["invocations"]![0]!;
        invocation["executionSuccessful"]!.GetValue<bool>().Should().BeFalse();
        var notification = invocation["toolExecutionNotifications"]!.AsArray().Single()!;
        notification["level"]!.GetValue<string>().Should().Be("error");
        notification["message"]!["text"]!.GetValue<string>().Should().Contain("image.txt").And.Contain("binary");
        notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().Should().Be("image.txt");
        run["results"]!.AsArray().Should().HaveCount(2, "the other file's results are kept");
    }

    [SkippableFact]
    public async Task Output_validates_against_the_official_SARIF_2_1_0_schema()
    {
        var schemaPath = RepoPaths.SarifSchema;
        Skip.If(schemaPath is null, "SARIF conformance test skipped: ../shared/schemas/sarif-schema-2.1.0.json (beside the repository root) is absent.");
        var schema = await JsonSchema.FromFileAsync(schemaPath!);

        // The samples (as CI checks them) and a batch with findings, related locations and a failed file.
        var samples = new FakeConsole(RepoPaths.RepositoryRoot!) { OnlyMarkerRule = false };
        samples.Run("check", "samples/articles", "--format", "sarif");
        using var ws = new TempWorkspace();
        ws.Write("news/story.md", Articles.Story);
        ws.Write("news/clean.txt", Articles.Clean);
        ws.WriteBytes("news/broken.md", Articles.Binary);
        var batch = new FakeConsole(ws.Root) { OnlyMarkerRule = false };
        batch.Run("check", "news", "--format", "sarif");

        foreach (var (name, sarif) in new[] { ("samples", samples.Output), ("batch", batch.Output) })
        {
            var errors = schema.Validate(sarif);
            foreach (var error in errors)
            {
                output.WriteLine($"{name}: {error}");
            }

            errors.Should().BeEmpty($"the {name} SARIF must validate");
        }

        JsonNode.Parse(batch.Output)!["runs"]![0]!["results"]!.AsArray().Should().NotBeEmpty("the validated batch holds results");
    }

    private static List<string> Hashes(TempWorkspace ws, string file = "story.md")
    {
        var console = ws.Console();
        console.Run("check", file, "--format", "sarif");
        return JsonNode.Parse(console.Output)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => r!["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>()).ToList();
    }
}
