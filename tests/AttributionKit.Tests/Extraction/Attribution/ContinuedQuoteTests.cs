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

    [Theory]
    [InlineData("Rosa Calder spoke at the pier on Monday.\n\nThe town needs leaders “who understand what storms can do,” Calder said.\n\n“And that’s why steady leadership matters.”")]
    [InlineData("Rosa Calder spoke at the pier on Monday.\n\nInstead, the mayor “is trying to take a shortcut,” Calder wrote.\n\n“And that’s why steady leadership matters.”")]
    [InlineData("“Nothing you can do, folks,” Rosa Calder told a harbour rally, saying the mayor would “abolish the pier.”\n\n“And that’s why steady leadership matters.”")]
    public void A_quote_paragraph_after_a_credited_woven_quote_goes_on_in_that_speakers_words(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = result.Quotes.Single(q => q.Text == "And that’s why steady leadership matters.");
        quote.Speaker.Should().Be("Rosa Calder");
        quote.Kind.Should().Be(QuoteKind.Direct);

        // A relation of its own, so the paragraph before stays the content of the cue that credits it.
        result.Attributions.Should().Contain(a => a.Content.Text == "“And that’s why steady leadership matters.”" && a.Source!.Name == "Rosa Calder");
        result.Findings.Should().NotContain(f => f.RuleName == "unattributed-quote");
    }

    [Fact]
    public void A_quote_paragraph_after_a_woven_term_that_nobody_is_credited_with_stays_unattributed()
    {
        var quote = QuotesIn("The council unveiled the so-called “harbour plan” on Monday.\n\n“We will fight it to the end.”")
            .Single(q => q.Text == "We will fight it to the end.");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_quote_after_narrative_about_another_person_is_not_carried_on_in_the_words_of_the_speaker_before()
    {
        var quote = QuotesIn("Tom Ebeling and Betsy Ebeling came to the rally. “It goes in here and goes out here,” Tom Ebeling said. Betsy Ebeling shook her head. “Tom’s much better about it than I am.”")
            .Single(q => q.Text == "Tom’s much better about it than I am.");

        quote.Speaker.Should().NotBe("Tom Ebeling");
    }

    // Rule: a quote opening a sentence that goes on with a few words and no cue, after no credited quote, joins the
    // relation of the next quote of its paragraph, or of the next paragraph's opening quote when it ends its paragraph.
    [Theory]
    [InlineData("“You went on television to blame thousands of harbour” pilots. “It’s gutless leadership,” Nora Vale said.")]
    [InlineData("The board met on Monday. “You went on television to blame thousands of harbour” pilots.\n\n“It’s gutless leadership,” Nora Vale said.")]
    public void A_sentence_opening_quote_without_a_cue_joins_the_next_credited_quote(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Quotes.Single(q => q.Text.StartsWith("You went on", StringComparison.Ordinal)).Speaker.Should().Be("Nora Vale");
        var relation = result.Attributions.Single(a => a.Source?.Mention.Text == "Nora Vale");
        relation.Content.Text.Should().StartWith("“You went on television").And.EndWith("“It’s gutless leadership,”");
    }

    [Fact]
    public void A_short_title_opening_a_sentence_borrows_no_speaker()
    {
        var result = ArticleAnalyzer.Analyze("“Harbour Nights,” a show about the pier, aired on Monday. “It was a fine show,” Nora Vale said.", ArticleFormat.Text, Samples.Options);

        result.Quotes.Where(q => q.Text.StartsWith("Harbour Nights", StringComparison.Ordinal)).Should().OnlyContain(q => q.Speaker == null);
        result.Attributions.Should().NotContain(a => a.Content.Text.Contains("Harbour Nights"));
    }
}
