using AttributionKit.Cli.Commands;
using AttributionKit.Cli.Tests.TestSupport;
using FluentAssertions;

namespace AttributionKit.Cli.Tests.Commands;

/// <summary>A misspelt option is reported as an unknown option with the nearest real one, not as a missing file.</summary>
public class UnknownOptionCheckTests
{
    private static readonly string[] Options = ["--format", "--output", "--fail-on", "--no-inline-config", "--write-baseline"];

    [Theory]
    [InlineData("--formt", "--format")]
    [InlineData("--fail-onn", "--fail-on")]
    [InlineData("--no-inline-conf", "--no-inline-config")]
    [InlineData("--formatt=json", "--format")]
    public void A_near_miss_names_the_option_meant(string token, string meant) =>
        UnknownOptionCheck.Problem(token, Options, _ => false, _ => false).Should()
            .StartWith($"Unknown option '{token.Split('=')[0]}'.").And.Contain($"Did you mean '{meant}'?");

    [Fact]
    public void A_token_like_no_option_gets_no_suggestion() =>
        UnknownOptionCheck.Problem("--zzz", Options, _ => false, _ => false).Should()
            .Be("Unknown option '--zzz'. (To check a file whose name starts with '-', write './--zzz'.)");

    [Theory]
    [InlineData("-")]
    [InlineData("story.md")]
    [InlineData("articles/**/*.html")]
    public void Paths_and_standard_input_are_not_options(string token) =>
        UnknownOptionCheck.Problem(token, Options, _ => false, _ => false).Should().BeNull();

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_a_path() =>
        UnknownOptionCheck.Problem("-draft.md", Options, name => name == "-draft.md", _ => false).Should().BeNull();

    [Fact]
    public void The_cli_rejects_a_misspelt_option_before_checking_anything()
    {
        using var ws = new TempWorkspace();
        ws.Write("story.md", "# Story\n\nA zorblax.\n");
        var console = ws.Console();

        var exit = console.Run("check", "story.md", "--formt", "json");

        exit.Should().Be(CliApplication.ExitToolFailure);
        console.Errors.Should().Contain("Unknown option '--formt'. Did you mean '--format'?").And.NotContain("file not found");
        console.Output.Should().BeEmpty();
    }

    [Fact]
    public void The_cli_checks_a_file_named_like_an_option_when_it_exists()
    {
        using var ws = new TempWorkspace();
        ws.Write("-draft.md", "# Story\n\nA zorblax.\n");
        var console = ws.Console();

        var exit = console.Run("check", "-draft.md", "--format", "json");

        exit.Should().NotBe(CliApplication.ExitToolFailure);
        console.Errors.Should().NotContain("Unknown option");
    }
}
