using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A capitalised preposition opening a sentence ("Amid", "Ever since", "Like") is no subject: the speaker of a
/// participle cue later in the sentence is the subject after the opening phrase; "a rare note of" is a noun.
/// </summary>
public class OpeningPrepositionTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Theory]
    [InlineData("Amid calls from some to close the pier, the Courier’s Matt Walsh wrote a defense of the board, saying it is necessary to “keep the lights on.”", "the Courier’s Matt Walsh")]
    [InlineData("Ever since she endorsed Fisk this month, Ms. Ortiz has been a powerful surrogate, attacking the board and calling it “a disgrace.”", "Ms. Ortiz")]
    [InlineData("Like Fisk, Ortiz also rejected the notion that the board could pull away, arguing that there is “room for the harbor.”", "Ortiz")]
    [InlineData("Although he thanked the board, Lane sounded a rare note of self-doubt, saying, “I am not sure I deserve it.”", "Lane")]
    public void The_subject_after_the_opening_phrase_says_it(string sentence, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_plural_subject_before_note_keeps_the_verb()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + "Analysts note that the levy is “a dead letter” this year.");

        quote.Text.Should().Be("a dead letter");
        quote.SpeakerMention!.Text.Should().Be("Analysts");
        quote.Cue!.Text.Should().Be("note");
    }
}
