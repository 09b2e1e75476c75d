using AttributionKit.Loading;

namespace AttributionKit.Tests.Loading;

public class FormatDetectorTests
{
    [Theory]
    [InlineData("a.html", "plain words", ArticleFormat.Html)]
    [InlineData("a.HTM", "plain words", ArticleFormat.Html)]
    [InlineData("a.md", "<p>x</p>", ArticleFormat.Markdown)]
    [InlineData("a.txt", "# not markdown", ArticleFormat.Text)]
    [InlineData(null, "<!DOCTYPE html><html><body><p>x</p></body></html>", ArticleFormat.Html)]
    [InlineData(null, "---\ntitle: x\n---\n# Head\n", ArticleFormat.Markdown)]
    [InlineData("notes", "Just a paragraph of text.\n\nAnother one.", ArticleFormat.Text)]
    public void Extension_wins_then_content_decides(string? path, string content, ArticleFormat expected) =>
        FormatDetector.Detect(path, content).Should().Be(expected);
}
