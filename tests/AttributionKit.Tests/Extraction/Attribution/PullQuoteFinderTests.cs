using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Block quotes that are pull quotes and block quotes that are only indented reporting.</summary>
public class PullQuoteFinderTests
{
    private static AnalysisResult Analyze(string text, ArticleFormat format) => ArticleAnalyzer.Analyze(text, format, Samples.Options);

    [Fact]
    public void Markdown_block_quote_holding_a_quote_with_its_own_speaker_is_read_as_reporting()
    {
        var result = Analyze("The harbour board met on Monday.\n\n> “The pier stays open,” Dana Holt said. “We will not sell it.”\n", ArticleFormat.Markdown);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Text.Should().Be("The pier stays open, We will not sell it.");
        quote.Speaker.Should().Be("Dana Holt");
        quote.Cue!.Text.Should().Be("said");
        result.Findings.Should().NotContain(f => f.Rule.Name == "unattributed-quote");
    }

    [Fact]
    public void Html_blockquote_holding_a_quote_with_its_own_speaker_is_read_as_reporting()
    {
        var result = Analyze(
            "<html><body><article><h1>Pier vote</h1><p>The harbour board met on Monday.</p>"
            + "<blockquote><p>“The pier stays open,” Dana Holt told the Harbour Gazette.</p></blockquote></article></body></html>",
            ArticleFormat.Html);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Dana Holt");
        quote.Cue!.Text.Should().Be("told");
        quote.Source.Should().Be("Harbour Gazette");
    }

    [Fact]
    public void Markdown_block_quote_with_a_dash_credit_stays_a_pull_quote()
    {
        var result = Analyze("The harbour board met on Monday.\n\n> “We will not sell the pier.”\n>\n> — Dana Holt, mayor\n", ArticleFormat.Markdown);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("We will not sell the pier.");
        quote.Speaker.Should().Be("Dana Holt");
        quote.Cue!.Text.Should().Be("—");
    }

    [Fact]
    public void Markdown_block_quote_without_any_speaker_is_still_unattributed()
    {
        var result = Analyze("The harbour board met on Monday.\n\n> “We will not sell the pier.”\n", ArticleFormat.Markdown);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Speaker.Should().BeNull();
        result.Findings.Should().Contain(f => f.Rule.Name == "unattributed-quote");
    }

    [Fact]
    public void Html_blockquote_credit_after_a_stop_outside_the_marks_names_the_speaker()
    {
        var result = Analyze(
            "<html><body><article><h1>Pier vote</h1><p>The harbour board met on Monday.</p>"
            + "<blockquote><p><em>“We will not sell the pier”.</em><br><strong>Dana Holt</strong><em>, mayor.</em></p></blockquote>"
            + "<p>The vote is on Friday.</p></article></body></html>",
            ArticleFormat.Html);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("We will not sell the pier");
        quote.Speaker.Should().Be("Dana Holt");
        quote.SpeakerRole.Should().Be("mayor");
    }

    [Fact]
    public void Markdown_block_quote_followed_by_a_sentence_after_the_stop_names_nobody()
    {
        var result = Analyze("The harbour board met on Monday.\n\n> “We will not sell the pier”. The board said nothing more.\n", ArticleFormat.Markdown);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("We will not sell the pier");
        quote.Speaker.Should().BeNull("the sentence after the stop is prose, not a credit line");
    }

    [Fact]
    public void Embedded_post_is_credited_to_its_author_on_the_platform_its_date_links_to()
    {
        var result = Analyze(
            "<html><body><article><h1>Pier vote</h1><p>The harbour board met on Monday and kept the pier.</p>"
            + "<blockquote class=\"twitter-tweet\"><p lang=\"en\">We kept the pier. Thank you all! <a href=\"https://t.co/abc\">pic.twitter.com/abc</a></p>"
            + "&mdash; Dana Holt (@danaholt) <a href=\"https://twitter.com/danaholt/status/1\">May 4, 2025</a></blockquote>"
            + "<p>The vote is final.</p></article></body></html>",
            ArticleFormat.Html);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("We kept the pier. Thank you all!");
        quote.Speaker.Should().Be("Dana Holt");
        quote.Source.Should().Be("X");
        result.Findings.Should().NotContain(f => f.Rule.Name == "unattributed-quote" || f.Rule.Name == "unsourced-quote");
    }

    [Fact]
    public void A_dash_credit_inside_a_block_quote_without_a_platform_link_names_no_platform()
    {
        var result = Analyze(
            "<html><body><article><h1>Pier vote</h1><p>The harbour board met on Monday and kept the pier.</p>"
            + "<blockquote><p>We kept the pier, and we will keep it.</p>&mdash; Dana Holt, mayor</blockquote>"
            + "<p>The vote is final.</p></article></body></html>",
            ArticleFormat.Html);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("We kept the pier, and we will keep it.");
        quote.Speaker.Should().Be("Dana Holt");
        quote.SpeakerRole.Should().Be("mayor");
        quote.Source.Should().BeNull();
    }
}
