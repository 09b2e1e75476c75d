using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote opening a sentence that goes on without a cue of its own continues the quote the sentence before credited,
/// as a quote standing alone there would; a quote after narrative that credits no one else goes on in the words of its
/// paragraph's last credited speaker.
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
    public void A_quote_after_narrative_goes_on_in_the_words_of_the_paragraphs_last_credited_speaker()
    {
        var result = ArticleAnalyzer.Analyze(
            "“Those are very small towns,” Calder said. They also lie far from any television market. “That’s a tough area.”",
            ArticleFormat.Text,
            Samples.Options);

        var quote = result.Quotes.Single(q => q.Text == "That’s a tough area.");
        quote.Speaker.Should().Be("Calder");

        // A relation of its own: the narrative between the two quotes is no one's content.
        result.Attributions.Should().Contain(a => a.Content.Text == "“That’s a tough area.”" && a.Source!.Name == "Calder");
    }

    [Fact]
    public void A_quote_after_narrative_with_a_cue_of_its_own_is_not_carried_on()
    {
        var quote = QuotesIn("“Those are very small towns,” Calder said. Reyes disagreed with her. “It’s a fine area.”")
            .Single(q => q.Text == "It’s a fine area.");

        quote.Speaker.Should().NotBe("Calder");
    }

    [Fact]
    public void A_quote_opening_a_sentence_after_one_with_no_quote_is_not_carried_on()
    {
        var quote = QuotesIn("Rosa Calder spoke first. “We will rebuild the pier” and other promises filled the evening.").Single();

        quote.Speaker.Should().BeNull();
    }
}
