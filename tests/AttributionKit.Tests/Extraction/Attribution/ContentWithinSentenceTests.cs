using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// What a cue reports stays within the cue's own sentence when a passage merges several sentences around a quote.
/// </summary>
public class ContentWithinSentenceTests
{
    [Fact]
    public void A_cue_after_a_quoted_sentence_reports_only_what_follows_it()
    {
        var analysis = ArticleAnalyzer.Analyze("Ann Lee said, “The vote was rigged from the start.” He added, “The count is not over.” The board declined to comment.", ArticleFormat.Text, Samples.Options);

        analysis.Quotes.Should().HaveCount(2);
        analysis.Quotes[0].Text.Should().Be("The vote was rigged from the start.");
        analysis.Quotes[0].Kind.Should().Be(QuoteKind.Direct);
        analysis.Quotes[0].Speaker.Should().Be("Ann Lee");
        analysis.Quotes[1].Text.Should().Be("The count is not over.");
        analysis.Quotes[1].Kind.Should().Be(QuoteKind.Direct);
        analysis.Quotes[1].SpeakerMention!.Text.Should().Be("He");
        var added = WithCue("Ann Lee said, “The vote was rigged from the start.” He added, “The count is not over.”", "added");
        added.Kind.Should().Be(AttributionKind.Direct);
        added.Source!.Mention.Text.Should().Be("He");
        added.Content.Text.Should().Be("“The count is not over.”");
    }

    [Fact]
    public void A_reported_clause_ends_with_its_sentence_before_the_next_one_in_the_passage()
    {
        var said = WithCue("In her reply, Ann Lee said the count had been “rigged from the start.” Tom Reeve went on to rebut the claims, writing that the count was fair.", "said");

        said.Kind.Should().Be(AttributionKind.Mixed);
        said.Source!.Mention.Text.Should().Be("Ann Lee");
        said.Content.Text.Should().Be("the count had been “rigged from the start.”");
    }

    [Fact]
    public void A_cue_sentence_after_a_quote_still_reports_the_quote_before_it()
    {
        // Counter-example: the sentence was merged for this very quote; its content before the cue stays.
        var quote = PlainTextQuotes.OnlyQuoteIn("“Who do they think they are?” Ann Lee said of the harbour board.");

        quote.Text.Should().Be("Who do they think they are?");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Ann Lee");
        WithCue("“Who do they think they are?” Ann Lee said of the harbour board.", "said").Content.Text.Should().Be("“Who do they think they are?”");
    }
}
