using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote that nothing credits, standing after other words of its paragraph, goes on in the words of the speaker a
/// sentence of that paragraph introduced, not in those of the quote that opens the next paragraph.
/// </summary>
public class IntroducedQuoteTests
{
    private static Quote[] QuotesIn(string text) => [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes];

    [Theory]
    [InlineData("Rosa Calder said the pier was worth saving because “nobody builds them anymore,” she said. “We have no harbor without it.”\nThe county spent little on its upkeep for years.\n“You cannot sell a ruin,” Tom Reyes said.")]
    [InlineData("Rosa Calder said the pier was worth saving because “nobody builds them anymore,” she said. “We have no harbor without it.”\n\n“You cannot sell a ruin,” Tom Reyes said.")]
    public void A_quote_after_a_credited_one_in_its_paragraph_keeps_that_speaker(string text)
    {
        var quote = QuotesIn(text).Single(q => q.Text == "We have no harbor without it.");

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("she");
        quote.Speaker.Should().Be("Rosa Calder");
    }

    [Fact]
    public void A_quote_paragraph_of_its_own_still_takes_the_speaker_of_the_next_paragraphs_quote()
    {
        var quote = QuotesIn("The county spent little on the pier for years.\n\n“The pilings are rotten through.”\n\n“You cannot sell a ruin,” Tom Reyes said.")
            .Single(q => q.Text == "The pilings are rotten through.");

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("Tom Reyes");
    }

    [Fact]
    public void A_quote_right_before_a_credited_one_in_its_paragraph_still_takes_that_speaker()
    {
        var quote = QuotesIn("Rosa Calder praised the volunteers. “They never stopped.” “You cannot sell a ruin,” Tom Reyes said.")
            .Single(q => q.Text == "They never stopped.");

        quote.SpeakerMention!.Text.Should().Be("Tom Reyes");
    }
}
