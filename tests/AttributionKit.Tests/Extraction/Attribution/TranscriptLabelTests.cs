using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Transcript turns quoted paragraph by paragraph ("WALLACE: …", "PENCE: …") are their labelled speakers'; a quote
/// opened with a straight mark runs on past a curly quote nested in it.
/// </summary>
public class TranscriptLabelTests
{
    private const string Transcript =
        "Governor Pence spoke to Fox News on Sunday.\n\nPartial transcript as follows:\n\n"
        + "\"WALLACE: Let’s start with the debate story. Will Gennifer Flowers be there on Monday night?\n\n"
        + "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night, and that is final.\n\n"
        + "Follow the show on Twitter.\n";

    [Fact]
    public void Each_turn_is_its_labelled_speakers()
    {
        var result = ArticleAnalyzer.Analyze(Transcript, ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().NotBeEmpty();
        result.Quotes[0].SpeakerMention!.Text.Should().Be("WALLACE");
        result.Quotes[0].Cue!.Text.Should().Be(":");
        result.Attributions.Should().Contain(a => a.Source != null && a.Source.Mention.Text == "PENCE" && a.Content.Text.StartsWith("Gennifer Flowers will not", StringComparison.Ordinal));
        result.Attributions.Should().Contain(a => a.Source != null && a.Source.Mention.Text == "WALLACE" && a.Content.Text.StartsWith("Let’s start", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_in_mixed_case_is_no_transcript_turn()
    {
        var result = ArticleAnalyzer.Analyze(
            "The board met on Monday.\n\nDana Fisk stated:\n\n\"Update: the vote on the pier is postponed until the spring session.\n\nThe board adjourned.\n",
            ArticleFormat.Text,
            Samples.Options);

        result.Quotes.Should().ContainSingle();
        result.Quotes[0].SpeakerMention!.Text.Should().Be("Dana Fisk");
        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "Update");
    }

    [Fact]
    public void A_straight_quote_runs_on_past_a_curly_quote_nested_in_it()
    {
        var result = ArticleAnalyzer.Analyze(
            "The board met on Monday.\n\nDr. Ward stated:\n\n\"The board isn’t about “equal justice” anymore. It is about power and the pier.\n\n"
            + "\"The latest example is the levy, which nobody asked for.\"\n\nThe board adjourned.\n",
            ArticleFormat.Text,
            Samples.Options);

        result.Quotes.Should().ContainSingle();
        result.Quotes[0].Text.Should().Contain("anymore").And.Contain("The latest example");
        result.Quotes[0].SpeakerMention!.Text.Should().Be("Dr. Ward");
    }

    [Fact]
    public void A_curly_quote_nested_in_a_closed_straight_quote_stays_inside_it()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("The board met on Monday.\n\n\"He is “crazy” and wrong,\" she said on Tuesday.");

        quote.Text.Should().Be("He is “crazy” and wrong,");
        quote.SpeakerMention!.Text.Should().Be("she");
    }
}
