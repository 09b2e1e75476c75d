using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.EndToEnd;

/// <summary>The README shows what <c>check samples/articles/seed.txt</c> prints: it must be what the tool prints.</summary>
public class ReadmeSeedOutputTests
{
    [Fact]
    public void The_readme_block_is_the_output_of_checking_the_seed()
    {
        var root = RepoPaths.RepositoryRoot!;
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var intro = readme.IndexOf("On the seed article, `check samples/articles/seed.txt` prints:", StringComparison.Ordinal);
        intro.Should().BePositive("the README shows the seed's output");
        var block = readme[(readme.IndexOf("```\n", intro, StringComparison.Ordinal) + 4)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];

        using var console = new FakeConsole(root) { OnlyMarkerRule = false };
        var exit = console.Run("check", "samples/articles/seed.txt");

        exit.Should().Be(1, "the seed's date-mismatch is an error");
        (console.Output + console.Errors).ReplaceLineEndings("\n").Trim().Should().Be(block.Trim());
    }
}
