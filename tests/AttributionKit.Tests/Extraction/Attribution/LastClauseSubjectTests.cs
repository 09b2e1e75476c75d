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
}
