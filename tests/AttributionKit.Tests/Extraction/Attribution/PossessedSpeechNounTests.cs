using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote early in the clause after a possessed noun of speech ("Fisk’s claim that …", "her remark that …") is the
/// possessor's; a verdict on the claim later in the sentence, or a noun without "that", keeps the sentence's speaker.
/// </summary>
public class PossessedSpeechNounTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Theory]
    [InlineData("Mayor Lane blamed the press for making an issue out of Dana Fisk’s claim that the board “stole the levy.”", "stole the levy.", "Dana Fisk’s", "claim")]
    [InlineData("Ortiz fanned controversy earlier this year over her remark that “there’s a special place for liars.”", "there’s a special place for liars.", "her", "remark")]
    [InlineData("The concerns go beyond Fisk's controversial pledge to be \"neutral\" during the talks.", "neutral", "Fisk's", "pledge")]
    [InlineData("He was challenged over his statement on Wednesday that “the harbor hates us,” but he kept calm.", "the harbor hates us,", "his", "statement")]
    public void The_possessor_of_a_noun_of_speech_said_the_quote(string sentence, string quoted, string mention, string cue)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue!.Text.Should().Be(cue);
    }

    [Theory]
    [InlineData("Ortiz's spokeswoman said Thursday that Lane's claim that Fisk is in favor of raising the levy again is \"simply not true.\"", "simply not true.", "Ortiz's spokeswoman")]
    [InlineData("Lane called Fisk's remarks a \"new low.\"", "new low.", "Lane")]
    public void A_verdict_on_the_possessed_words_keeps_the_sentences_speaker(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }
}
