using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"in the words of X, “…”", "in X’s words, “…”" and "as X put it, an “…”" hand the quote to X.</summary>
public class WordsOfLeadInTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    [Theory]
    [InlineData("He was preparing his exit, and Mrs. Ortiz was, in the words of a senior adviser, “the torchbearer” of his legacy.", "the torchbearer", "a senior adviser")]
    [InlineData("The summit was held in Jerusalem because, in Forbes’ words, “they are the most entrepreneurial places on the planet.”", "they are the most entrepreneurial places on the planet.", "Forbes")]
    [InlineData("Fisk, who owed his election to, as an American diplomat put it, an “extreme makeover” that Mr. Lane oversaw, bolted the country.", "extreme makeover", "an American diplomat")]
    public void The_phrase_before_the_quote_names_its_speaker(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue.Should().NotBeNull();
    }

    [Theory]
    [InlineData("The board met in Jerusalem because, in other words, “they are the most entrepreneurial places.”", "they are the most entrepreneurial places.", "The board")]
    [InlineData("Ortiz kept the plan, in her own words, “for the long haul.”", "for the long haul.", "Ortiz")]
    public void Words_without_a_named_possessor_name_nobody(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(Intro + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }
}
