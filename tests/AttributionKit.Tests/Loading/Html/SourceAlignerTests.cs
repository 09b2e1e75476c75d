using System.Net;
using System.Text.RegularExpressions;
using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

// SourceAligner is reached through HtmlLoader: every word of the extracted text must map back to the markup it came from.
public class SourceAlignerTests
{
    [Theory]
    [InlineData("<p>The mayor&rsquo;s &ldquo;final&rdquo; plan &amp; the council&#8217;s vote, a&nbsp;draw.</p>", "draw")]
    [InlineData("<p>The mayor <em>said</em> the <a href=\"/plan\">final <b>plan</b></a> was ready<!-- an aside <p>not text</p> -->, and left.</p>", "left")]
    [InlineData("<p>Line one of the first paragraph,\r\n   wrapped\r\n\tover lines by an old editor.</p>\r\n<p>Second   paragraph.</p>", "editor")]
    [InlineData("<p>Before the script.<script>var s = '<p>not text</p>';</script> After the script.<style>p { color: red }</style></p>", "After")]
    [InlineData("<p>Soft&shy;hyphen\u00AD and zero\u200Bwidth text, then a <br>break and more words.</p>", "width")]
    [InlineData("<p>Unclosed paragraph one about the council budget\n<p>Unclosed paragraph two about the vote\n<p>Three</p>", "Three")]
    public void Every_word_of_the_text_maps_to_the_same_word_in_the_markup(string body, string lastWord)
    {
        var html = HtmlTestPages.Article(body);

        var article = HtmlLoader.Load(html, "page.html", Samples.Today);

        article.Text.Should().Contain(lastWord, "the body is part of the article");
        foreach (Match word in Regex.Matches(article.Text, @"\p{L}[\p{L}\p{Nd}]*"))
        {
            var span = article.GetSourceSpan(new AttributionKit.TextRange(word.Index, word.Index + word.Length));
            var source = WebUtility.HtmlDecode(html[span.Start..span.End]).Replace("\u00AD", string.Empty, StringComparison.Ordinal).Replace("\u200B", string.Empty, StringComparison.Ordinal);
            source.Should().Be(word.Value, $"'{word.Value}' at {word.Index} of the text maps to {span.Start}..{span.End} of the markup");
        }
    }

    [Fact]
    public void Line_and_column_count_from_the_original_file()
    {
        var html = HtmlTestPages.Article("<p>First paragraph of the story.</p>\r\n<p>Second paragraph, with the word\r\n  budget on its next line.</p>");
        var article = HtmlLoader.Load(html, "page.html", Samples.Today);
        var at = article.Text.IndexOf("budget", StringComparison.Ordinal);

        var span = article.GetSourceSpan(new AttributionKit.TextRange(at, at + "budget".Length));

        var lines = html[..span.Start].Split('\n');
        span.Line.Should().Be(lines.Length);
        span.Column.Should().Be(lines[^1].Length + 1);
    }
}
