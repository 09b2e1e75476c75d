using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote opening a sentence that goes on without a cue of its own continues the quote the sentence before credited,
/// as a quote standing alone there would.
/// </summary>
public class ContinuedQuoteTests
{
    private static Quote[] QuotesIn(string text) => [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes];

    [Theory]
    [InlineData("“I don’t think voters care,” Rosa Calder told reporters. “I think they care about the pier” and other harbour repairs.", "I think they care about the pier")]
    [InlineData("“It will cost a million,” Rosa Calder said about the repairs. “This is what we are up against.” She went on to say:\n\n“Nobody builds piers anymore.”", "This is what we are up against.")]
    public void A_quote_opening_a_sentence_without_a_cue_goes_on_in_the_words_of_the_one_before(string text, string continued)
    {
        var quotes = QuotesIn(text);

        quotes[0].Speaker.Should().Be("Rosa Calder");
        quotes[0].Text.Should().EndWith(continued);
        quotes.Where(q => q.Speaker is null).Should().BeEmpty();
    }

    [Fact]
    public void A_quote_opening_a_sentence_after_one_with_no_quote_is_not_carried_on()
    {
        var quote = QuotesIn("Rosa Calder spoke first. “We will rebuild the pier” and other promises filled the evening.").Single();

        quote.Speaker.Should().BeNull();
    }
}
