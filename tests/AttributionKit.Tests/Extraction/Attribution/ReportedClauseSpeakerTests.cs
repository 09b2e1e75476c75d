using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote inside a clause that another cue reports is the outer speaker's (<c>Fisk said she expected that residents
/// will say “no”</c>); relative and adverbial clauses, later sentences and tags keep their own speaker.
/// </summary>
public class ReportedClauseSpeakerTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Theory]
    [InlineData("Mayor Dana Fisk said she expected that residents will say “no” to the levy.", "no", "Mayor Dana Fisk")]
    [InlineData("Lena Ortiz also said that the harbor shows “great promise” this year.", "great promise", "Lena Ortiz")]
    [InlineData("Lena Ortiz said the board lost a member who said “the pier is a disgrace.”", "the pier is a disgrace.", "Lena Ortiz")]
    [InlineData("At one point, Fisk said county clerks were calling “every 15 minutes.”", "every 15 minutes.", "Fisk")]
    public void A_quote_in_a_reported_clause_is_the_outer_speakers(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue!.Text.Should().EndWith("said");
    }

    [Theory]
    [InlineData("Dana Fisk said the board hired Lena Ortiz, whom she described as “a born fixer.”", "a born fixer.", "she")]
    [InlineData("After Ortiz said the levy was dead, Fisk said: “We will see.”", "We will see.", "Fisk")]
    [InlineData("Fisk says the vote is near after 7 p.m. He says “the count is close.”", "the count is close.", "He")]
    [InlineData("Ortiz said the council will vote, and the mayor said “the count is close.”", "the count is close.", "the mayor")]
    public void A_relative_or_adverbial_clause_or_a_later_sentence_keeps_its_own_speaker(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_tag_after_the_quote_keeps_its_pronoun()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + "Fisk said the count was over. “It is close,” she said on Tuesday.");

        quote.Text.Should().Be("It is close,");
        quote.SpeakerMention!.Text.Should().Be("she");
    }

    [Theory]
    [InlineData("She said, if elected, she would ask the board to lead a “harbor moonshot” this year.", "She")]
    [InlineData("Fisk added that if the levy passed in the spring, she would open a “harbor school” at once.", "Fisk")]
    public void A_pronoun_after_a_conditional_clause_in_a_reported_clause_speaks_for_the_reporter(string sentence, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Kind.Should().Be(Model.QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_pronoun_after_a_conditional_clause_with_no_reporting_verb_before_it_keeps_its_own_clause()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + "Fisk left early, and if elected, she would open a “harbor school” at once.");

        quote.SpeakerMention!.Text.Should().Be("she");
    }
}
