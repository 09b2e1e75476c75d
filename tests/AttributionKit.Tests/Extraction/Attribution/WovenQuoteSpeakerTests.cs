using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Speakers of quoted words woven into a sentence without a reporting verb of their own.</summary>
public class WovenQuoteSpeakerTests
{
    private static System.Collections.Immutable.ImmutableArray<Quote> QuotesIn(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes;

    [Fact]
    public void A_relative_clause_holding_the_quote_is_the_words_of_the_one_who_stands_for()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Marta Quill, who once described the harbor board as “a club for yacht owners,” now sits on it.");

        quote.Text.Should().Be("a club for yacht owners,");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("who");
        quote.Speaker.Should().Be("Marta Quill");
    }

    [Fact]
    public void A_relative_clause_closed_by_a_comma_before_the_quote_is_not_the_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Marta Quill, who chairs the harbor board, mocked the ferry company for its “floating museum.”");

        quote.Text.Should().Be("floating museum.");
        quote.SpeakerMention!.Text.Should().NotBe("who");
    }

    [Fact]
    public void A_quote_woven_in_after_a_cue_goes_on_in_that_cues_speaker_words()
    {
        var quotes = QuotesIn("“We will not sign it,” Oren Baptiste said, instead pointing to the “hidden fees” in the contract.");

        quotes.Should().HaveCount(2);
        quotes[1].Text.Should().Be("hidden fees");
        quotes[1].Kind.Should().Be(QuoteKind.Partial);
        quotes[1].SpeakerMention!.Text.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void A_woven_quote_without_an_earlier_cue_or_subject_has_no_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("With the “hidden fees” gone, the contract was signed on Monday.");

        quote.Text.Should().Be("hidden fees");
        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The pier became “the pride of the town,” according to Oren Baptiste.", "the pride of the town,", "Oren Baptiste")]
    [InlineData("The fees were “hidden in plain sight,” according to the auditors.", "hidden in plain sight,", "the auditors")]
    public void A_trailing_according_to_credits_the_quote_whose_closing_mark_holds_the_comma(string text, string quoted, string speaker)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(text);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be(speaker);
    }
}
