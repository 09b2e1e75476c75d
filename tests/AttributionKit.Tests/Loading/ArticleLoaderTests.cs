using System.Text;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ak-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Missing_file_is_a_clear_error_naming_the_file()
    {
        var path = Path.Combine(_dir, "nope.txt");

        var act = () => ArticleAnalyzer.Analyze(path, Samples.Options);

        act.Should().Throw<ArticleLoadException>().Where(e => e.Path == path && e.Message.StartsWith(path, StringComparison.Ordinal) && e.Problem.Contains("not found"));
    }

    [Fact]
    public void Empty_file_is_a_clear_error()
    {
        var path = Write("empty.html", []);

        var act = () => ArticleAnalyzer.Analyze(path, Samples.Options);

        act.Should().Throw<ArticleLoadException>().WithMessage("*empty*");
    }

    [Fact]
    public void Whitespace_only_file_is_a_clear_error()
    {
        var path = Write("blank.txt", Encoding.UTF8.GetBytes(" \n\n\t \r\n"));

        var act = () => ArticleAnalyzer.Analyze(path, Samples.Options);

        act.Should().Throw<ArticleLoadException>().WithMessage("*no text*");
    }

    [Fact]
    public void Binary_file_is_a_clear_error()
    {
        var path = Write("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var act = () => ArticleAnalyzer.Analyze(path, Samples.Options);

        act.Should().Throw<ArticleLoadException>().WithMessage("*binary*");
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var act = () => ArticleAnalyzer.Analyze(path, Samples.Options with { MaxFileSize = 16L * 1024 * 1024 });

        act.Should().Throw<ArticleLoadException>().WithMessage("*50.0 MiB*limit*");
    }

    [Fact]
    public void A_directory_is_not_an_article()
    {
        var act = () => ArticleAnalyzer.Analyze(_dir, Samples.Options);

        act.Should().Throw<ArticleLoadException>().WithMessage("*directory*");
    }

    [Fact]
    public void Stream_input_is_decoded_like_a_file()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Monday, October 6, 2025\n\nThe body of the article.\n"));

        var result = ArticleAnalyzer.Analyze(stream, null, Samples.Options);

        result.Article.Path.Should().BeNull();
        result.Article.Metadata.Published!.Value.Should().Be("2025-10-06");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
