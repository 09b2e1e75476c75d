using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A colon lead-in whose last clause is joined by a conjunction is that clause subject's.</summary>
public class LastClauseSubjectTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Fact]
    public void The_subject_of_the_clause_the_colon_ends_says_the_quote()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + "The crowd cheers, and then Lane continues: “The harbor has given this town a chance.”");

        quote.SpeakerMention!.Text.Should().Be("Lane");
        quote.Cue!.Text.Should().Be(":");
    }

    [Fact]
    public void A_clause_after_a_bare_comma_keeps_the_sentences_subject()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + "Mayor Lane said that if viewed that way, some kind of bargain was possible: “We can all win here.”");

        quote.SpeakerMention!.Text.Should().NotBe("some kind of bargain");
    }

    [Theory]
    // Rule: "…, to which Ortiz interjected:" — the subject of a relative clause before the colon says the quote.
    [InlineData("Fisk said the figures were sound, to which Ortiz interjected: “That is just not true.”", "Ortiz")]
    // Rule: "…, where she suggested …:" — likewise.
    [InlineData("Fisk returned to the levy at the harbor meeting, where she suggested the pier was unsafe: “Nobody should walk on it now.”", "she")]
    // Rule: a bare clause whose verb reports speech ("As the crowd cheered, his wife whispered to him:").
    [InlineData("As the crowd cheered Fisk in the hall, his wife whispered to him: “They are still with you.”", "his wife")]
    public void The_subject_of_the_clause_the_colon_ends_speaks(string sentence, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.SpeakerMention!.Text.Should().Be(mention);
    }
}
