using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A line break of a plain-text file inside a source ends a headline or a list number before it; in Markdown and HTML,
/// which mark their headings, a line break inside a paragraph is a wrap and the source stays whole.
/// </summary>
public class SourceOnLastLineTests
{
    [Fact]
    public void A_headline_line_before_a_plain_text_source_is_left_out()
    {
        var attribution = ArticleAnalyzer.Analyze("Headline\n\n7\nDana Holt said the pier will close in May.\n", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == "said").Which;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Theory]
    [InlineData(ArticleFormat.Markdown, "# Headline\n\nThe pier will close in May, said the harbour board chief\nDana Holt.\n")]
    [InlineData(ArticleFormat.Html, "<html><body><article><p>The pier will close in May, said the harbour board chief\nDana Holt.</p></article></body></html>")]
    public void A_source_wrapped_over_two_lines_of_a_paragraph_stays_whole(ArticleFormat format, string text)
    {
        var attribution = ArticleAnalyzer.Analyze(text, format, Samples.Options).Attributions
            .Should().Contain(a => a.Cue != null && a.Cue.Text == "said").Which;

        attribution.Source!.Mention.Text.Should().Be("the harbour board chief Dana Holt");
    }
}
