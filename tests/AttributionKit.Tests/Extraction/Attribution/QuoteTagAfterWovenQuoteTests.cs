using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A tag right after a quote woven into a sentence (<c>… “…,” she said</c>) names its speaker over a cue or subject
/// further back; participles, clauses and new sentences after the quote do not.
/// </summary>
public class QuoteTagAfterWovenQuoteTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Theory]
    [InlineData("Lena Ortiz weighed in as well, telling the Courier on Monday, “Both plans are sound,” she said, adding that the vote would wait.", "Both plans are sound,", "she")]
    [InlineData("Neither man was impressed by the plan - “Too little, too late,” Mr. Elkins said - but both voted for it.", "Too little, too late,", "Mr. Elkins")]
    [InlineData("Fisk cannot claim that “the books are balanced,” the auditor added.", "the books are balanced,", "the auditor")]
    [InlineData("Nothing the mayor said “will calm the harbor,” the senator said.", "will calm the harbor,", "the senator")]
    [InlineData("Residents who think “the pier is safe are wrong,” she said.", "the pier is safe are wrong,", "she")]
    // Rule: a verb-first tag names its speaker even in a sentence opened by a subordinator (it opens no main clause).
    [InlineData("If the levy fails — as many residents believe, and the clerk is alleging — “why would anyone want to rebuild the pier?” asked Ortiz, now a partner at a law firm.", "why would anyone want to rebuild the pier?", "Ortiz")]
    public void The_tag_after_a_woven_quote_names_its_speaker(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Dana Fisk said the levy “should be settled by Cleveland,” referring to the July meeting of the board.", "should be settled by Cleveland,", "Dana Fisk")]
    [InlineData("Mr. Fisk, citing “the unique magic of the pier,” said the board could still win.", "the unique magic of the pier,", "Mr. Fisk")]
    [InlineData("Lena Ortiz emailed her thanks, telling her, “You are a star!” She replied that it was an honor.", "You are a star!", "Lena Ortiz")]
    [InlineData("While Lena Ortiz praised the plan’s “bold vision,” she said it has no money.", "bold vision,", "Lena Ortiz")]
    public void A_participle_a_clause_or_a_new_sentence_after_a_woven_quote_is_no_tag(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }
}
