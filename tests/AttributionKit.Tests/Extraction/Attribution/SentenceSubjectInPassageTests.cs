using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A passage may hold several sentences (a sentence opening on a cue is read with the quote that closes the one
/// before it); the subject of a cue is read from the sentence that holds the cue, not from the passage's start.
/// </summary>
public class SentenceSubjectInPassageTests
{
    [Theory]
    [InlineData("In her reply, Ann Lee said the count had been “rigged from the start.” Tom Reeve went on to rebut the claims, writing that the count was fair.", "Tom Reeve")]
    [InlineData("In her reply, Ann Lee said the count had been “rigged from the start.” He went on to rebut the claims, writing that the count was fair.", "He")]
    public void A_participle_cue_in_a_later_sentence_of_the_passage_takes_that_sentences_subject(string text, string source)
    {
        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var writing = analysis.Attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == "writing").Which;
        writing.Kind.Should().Be(AttributionKind.Indirect);
        writing.Source!.Mention.Text.Should().Be(source);
        writing.Content.Text.Should().Be("that the count was fair");
        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("rigged from the start.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be("Ann Lee");
    }

    [Fact]
    public void A_participle_cue_in_a_one_sentence_passage_still_takes_the_subject_at_its_start()
    {
        // Counter-example: with no later sentence in the passage, the subject opening the passage says it.
        var writing = WithCue("In her reply, Ann Lee went on to rebut the claims, writing that the count was fair.", "writing");

        writing.Kind.Should().Be(AttributionKind.Indirect);
        writing.Source!.Mention.Text.Should().Be("Ann Lee");
        writing.Content.Text.Should().Be("that the count was fair");
    }

    [Fact]
    public void A_sentence_that_opens_inside_the_quote_does_not_move_the_subject()
    {
        // Counter-example: "It costs us" starts inside the quote, so "Ann Lee" is still the subject of the woven quote's
        // sentence and the one who is quoted.
        var quote = PlainTextQuotes.OnlyQuoteIn("Ann Lee, as ever, had a view of the vote: “a mistake. It costs us,” she added.");

        quote.Text.Should().Be("a mistake. It costs us,");
        quote.Speaker.Should().Be("Ann Lee");
    }
}
