using System.Diagnostics;
using System.Text.Json.Nodes;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.EndToEnd;

/// <summary>The built tool run as a process (<c>dotnet AttributionKit.Cli.dll</c>): real exit codes, real standard streams.</summary>
public class CliProcessTests
{
    private static (int Exit, string Out, string Error) Run(string workingDirectory, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(RepoPaths.CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within 2 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void The_tool_is_built_where_the_tests_look()
    {
        File.Exists(RepoPaths.CliAssembly).Should().BeTrue(RepoPaths.CliAssembly);
    }

    [Fact]
    public void Seed_from_standard_input_gives_a_json_report_and_exit_1()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.SamplesFolder, "seed.txt"));

        var (exit, stdout, stderr) = Run(RepoPaths.SamplesFolder, seed, "check", "-", "--format", "json");

        exit.Should().Be(1, stderr);
        var file = JsonNode.Parse(stdout)!["files"]![0]!;
        file["path"]!.GetValue<string>().Should().Be("-");
        file["document"]!["published"]!["value"]!.GetValue<string>().Should().Be("2025-10-06");
        stderr.Should().Contain("1 file checked");
    }

    [Fact]
    public void Github_format_on_the_seed_prints_only_workflow_commands()
    {
        var (exit, stdout, stderr) = Run(RepoPaths.SamplesFolder, null, "check", "seed.txt", "--format", "github");

        exit.Should().Be(1, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Paths are relative to the repository root, as GitHub resolves them; the seed copy sits below it.
        lines.Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^::(error|warning|notice) file=([^,]*/)?seed\\.txt,line=[0-9]+,"));
        lines.Should().Contain(l => l.StartsWith("::error ", StringComparison.Ordinal) && l.Contains("title=AK1001 date-mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Exit_2_for_no_input_bad_arguments_and_a_bad_configuration()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", Articles.Story);
        ws.Write("bad/.attributionkit.json", "{ \"failOn\": \"often\" }");
        ws.Write("bad/story.md", Articles.Story);

        Run(ws.Root, null, "check", "nothing/*.md").Exit.Should().Be(2);
        Run(ws.Root, null, "check", "story.md", "--format", "xml").Exit.Should().Be(2);
        var bad = Run(ws.Root, null, "check", "bad/story.md");
        bad.Exit.Should().Be(2);
        bad.Error.Should().Contain(Path.Combine(ws.Root, "bad", ".attributionkit.json") + ":1:").And.Contain("\"failOn\" must be one of");
        Run(ws.Root, null, "check", "story.md").Exit.Should().BeOneOf([0, 1], "the good file alone checks fine (built-in rules may find something)");
    }
}
