using AttributionKit.Cli.Inputs;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Inputs;

public sealed class InputResolverTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_folder_yields_its_articles_in_path_order_skipping_build_output_and_hidden_folders()
    {
        _workspace.Write("articles/b.md", "# B");
        _workspace.Write("articles/a.html", "<p>A</p>");
        _workspace.Write("articles/sub/c.txt", "C");
        _workspace.Write("articles/notes.json", "{}");
        _workspace.Write("articles/bin/Debug/copy.html", "<p>copy</p>");
        _workspace.Write("articles/node_modules/pkg/readme.md", "# pkg");
        _workspace.Write("articles/.cache/x.md", "# hidden");

        var inputs = InputResolver.Resolve(["articles"], _workspace.Root, out var unmatched);

        inputs.Select(i => i.DisplayPath).Should().Equal("articles/a.html", "articles/b.md", "articles/sub/c.txt");
        unmatched.Should().BeEmpty();
    }

    [Fact]
    public void Globs_match_from_the_working_directory_and_a_file_named_twice_is_checked_once()
    {
        _workspace.Write("news/2025/one.html", "<p>1</p>");
        _workspace.Write("news/2024/two.html", "<p>2</p>");
        _workspace.Write("news/2024/three.md", "# 3");

        var inputs = InputResolver.Resolve(["news/**/*.html", "news/2025/one.html"], _workspace.Root, out _);

        inputs.Select(i => i.DisplayPath).Should().Equal("news/2024/two.html", "news/2025/one.html");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_reported_and_a_missing_file_stays_an_input()
    {
        var inputs = InputResolver.Resolve(["nothing/*.html", "missing.html", "-"], _workspace.Root, out var unmatched);

        unmatched.Should().Equal("nothing/*.html");
        inputs.Select(i => i.DisplayPath).Should().Equal("missing.html", "-");
        inputs[1].Should().Be(InputFile.StandardInput);
    }
}
