using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Running;

public class CheckRunnerTests
{
    [Fact]
    public void One_unreadable_file_is_an_error_entry_and_the_others_are_still_reported()
    {
        using var ws = new TempWorkspace();
        ws.Write("a-story.md", Articles.Story);
        ws.WriteBytes("b-image.md", Articles.Binary);
        ws.Write("c-clean.txt", Articles.Clean);
        var console = ws.Console();

        var exit = console.Run("check", "a-story.md", "b-image.md", "missing.md", "c-clean.txt", "--format", "json", "--jobs", "4");

        exit.Should().Be(2, "a file could not be read");
        var files = JsonNode.Parse(console.Output)!["files"]!.AsArray();
        files.Select(f => f!["path"]!.GetValue<string>()).Should().Equal("a-story.md", "b-image.md", "missing.md", "c-clean.txt");
        files[0]!["findings"]!.AsArray().Should().HaveCount(2);
        files[1]!["error"]!["message"]!.GetValue<string>().Should().Contain("binary");
        files[2]!["error"]!["message"]!.GetValue<string>().Should().Contain("not found");
        files[3]!["error"].Should().BeNull("the clean file was checked");
        console.Errors.Should().Contain("4 files checked: 0 errors, 2 warnings, 0 info; 2 files could not be checked.");
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void Exit_code_follows_the_fail_level(string failOn, int expected)
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);

        ws.Console().Run("check", "story.md", "--fail-on", failOn).Should().Be(expected);
    }

    [Fact]
    public void Dash_reads_one_article_from_standard_input()
    {
        using var ws = new TempWorkspace();
        var console = ws.Console();
        console.SetStandardInput("Story\n\nA zorblax in the pipe.\n");

        var exit = console.Run("check", "-", "--format", "json", "--fail-on", "warning");

        exit.Should().Be(1);
        var file = JsonNode.Parse(console.Output)!["files"]![0]!;
        file["path"]!.GetValue<string>().Should().Be("-");
        file["findings"]![0]!["span"]!["line"]!.GetValue<int>().Should().Be(3);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check nothing-here/*.md")]
    [InlineData("check x.md --format yaml")]
    [InlineData("check x.md --fail-on sometimes")]
    [InlineData("check x.md --reference-date yesterday")]
    public void Bad_arguments_and_no_input_are_exit_2(string commandLine)
    {
        var args = commandLine.Split(' ');
        using var ws = new TempWorkspace();
        ws.Write("x.md", Articles.Story);
        var console = ws.Console();

        console.Run(args).Should().Be(2);
        console.Errors.Should().NotBeEmpty();
    }

    [Fact]
    public void Output_file_gets_the_report_and_the_console_gets_the_summary()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "sarif", "--output", "out/report.sarif").Should().Be(2, "the output folder does not exist");
        Directory.CreateDirectory(ws.PathOf("out"));
        var again = ws.Console();
        again.Run("check", "story.md", "--format", "sarif", "--output", "out/report.sarif").Should().Be(0);

        JsonNode.Parse(File.ReadAllText(ws.PathOf("out/report.sarif")))!["version"]!.GetValue<string>().Should().Be("2.1.0");
        again.Output.Trim().Should().Be("1 file checked: 0 errors, 2 warnings, 0 info.");
    }

    [Fact]
    public void Results_are_in_the_same_order_whatever_the_number_of_jobs()
    {
        using var ws = new TempWorkspace();
        for (var i = 0; i < 12; i++)
        {
            ws.Write($"batch/{i:00}.md", i % 3 == 0 ? Articles.Story : Articles.Clean);
        }

        var one = ws.Console();
        one.Run("check", "batch", "--format", "ndjson", "--jobs", "1");
        var many = ws.Console();
        many.Run("check", "batch", "--format", "ndjson", "--jobs", "4");

        many.Output.Should().Be(one.Output);
        one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(12);
    }

    [Fact]
    public void No_progress_bar_when_standard_error_is_redirected()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "story.md", "--format", "json");

        console.Errors.Should().NotContain("\r").And.NotContain("files  ");
    }
}
