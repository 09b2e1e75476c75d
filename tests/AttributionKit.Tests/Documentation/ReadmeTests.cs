using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Documentation;

/// <summary>The README is part of the product: its commands and its code must be the ones that work.</summary>
public class ReadmeTests
{
    private static string Root => Repository.Root;

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Opens_with_the_two_commands_that_check_the_seed_and_run_the_tests()
    {
        var firstBlock = Readme[(Readme.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        firstBlock = firstBlock[..firstBlock.IndexOf("```", StringComparison.Ordinal)];

        firstBlock.Trim().Split('\n').Should().Equal(
            "dotnet run --project src/AttributionKit.Cli -- check samples/articles/seed.txt",
            "dotnet test AttributionKit.sln");
        File.ReadAllText(Path.Combine(Root, ".ci", "run")).Should().Contain("dotnet test AttributionKit.sln");
    }

    [Fact]
    public void The_library_snippet_is_the_sample_that_compiles()
    {
        var sample = File.ReadAllText(Path.Combine(Root, "samples", "AttributionKit.Samples.CheckSeed", "Program.cs")).ReplaceLineEndings("\n").Trim();

        Readme.Should().Contain(sample);
    }
}
