using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A dash and up to five capitalised words right after a quote credit it ("“…” ― Dana Holt"), when the name closes
/// the passage or is followed by a full stop, a comma, a bracket or a quote, and no other cue holds the quote. The
/// quote sits mid-passage here, so the passage is no pull quote with a credit line.
/// </summary>
public class DashCueTests
{
    private const string Lead = "The note was pinned to the door. ";
    private const string Quote = "“Fix the pier before the storms.”";

    [Theory]
    // Rule: the name closes the sentence with a full stop.
    [InlineData(Lead + Quote + " ― Dana Holt.", "―")]
    // Rule: a comma after the name (a description follows) still ends the credit.
    [InlineData(Lead + Quote + " ― Dana Holt, harbour master.", "―")]
    // Rule: a bracket after the name ends the credit; an en dash is a dash too.
    [InlineData(Lead + Quote + " – Dana Holt (harbour master).", "–")]
    public void A_dash_and_a_name_after_a_quote_credit_it(string text, string dash)
    {
        var attribution = WithCue(text, dash);

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be(Quote);
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Fact]
    public void Up_to_five_capitalised_words_make_the_name()
    {
        // Rule: the name runs over capitalised words (here four) before the comma.
        var attribution = WithCue(Lead + Quote + " ― Dana Holt Harbour Board Chair, in a note.", "―");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt Harbour Board Chair");
    }

    [Fact]
    public void More_than_five_capitalised_words_are_no_name()
    {
        // Counter-example: six capitalised words after the dash are too long for a credit.
        var result = ArticleAnalyzer.Analyze(Lead + Quote + " ― Dana Holt Rockland Harbour Board Chair, in a note.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().BeEmpty();
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().BeNullOrEmpty();
    }

    [Theory]
    // Counter-example: a lower-case phrase after the dash is no name.
    [InlineData(Lead + Quote + " ― the harbour master.")]
    // Counter-example: no quote stands before the dash.
    [InlineData(Lead + "Fix the pier before the storms ― Dana Holt, harbour master.")]
    public void A_dash_without_a_quote_before_it_or_a_name_after_it_credits_nothing(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_quote_held_by_its_own_cue_keeps_it()
    {
        // Counter-example: another cue ("she wrote") already holds the quote, so the dash adds no credit.
        var result = ArticleAnalyzer.Analyze(Lead + "“Fix the pier before the storms,” she wrote. ― Dana Holt.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle().Which.Cue!.Text.Should().Be("wrote");
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("she");
    }

    [Theory]
    // Rule: a plain hyphen set off by spaces after the closing quote, the name closing the passage.
    [InlineData(Lead + Quote + " - Dana Holt")]
    [InlineData(Lead + Quote + " - Dana Holt.")]
    // Rule: two hyphens make a dash too.
    [InlineData(Lead + Quote + " -- Dana Holt.")]
    // Rule: a short description after a comma may close the credit.
    [InlineData(Lead + Quote + " - Dana Holt, harbour master.")]
    // Rule: the credit may open the next line (the plain-text loader keeps it in the paragraph).
    [InlineData(Lead + Quote + "\n- Dana Holt\n\nThe pier was fixed in May.")]
    public void A_hyphen_and_a_name_closing_the_passage_after_a_quote_credit_it(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = result.Quotes.Should().ContainSingle(q => q.Text == "Fix the pier before the storms.").Subject;
        quote.Speaker.Should().Be("Dana Holt");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Cue!.Text.Should().Be("-");
    }

    [Theory]
    // Counter-example: prose goes on after the hyphen.
    [InlineData("He said it. “Yes” - and then he left.")]
    // Counter-example: capitalised words after the hyphen open a sentence with a verb.
    [InlineData("He said it. “Yes.” - Then Dana Holt left the room.")]
    // Counter-example: the name after the hyphen is the subject of a clause that goes on.
    [InlineData(Lead + Quote + " - Dana Holt, who runs the harbour, said so.")]
    // Counter-example: a hyphen inside a word or a range is no dash.
    [InlineData(Lead + "“Fix the pier,” she said, “before the storms.”-Dana Holt 2-3 weeks later")]
    public void A_hyphen_in_prose_after_a_quote_credits_nobody(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().NotContain(q => q.Speaker == "Dana Holt" || (q.Cue != null && q.Cue.Text == "-"));
        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "-");
    }

    // A paragraph wrapped by width may open a line with an aside's dash after a quote; the dash credits nobody there,
    // in plain text and Markdown alike (both keep the source's line breaks inside a paragraph).
    [Theory]
    [InlineData(ArticleFormat.Text, "Headline\n\n")]
    [InlineData(ArticleFormat.Markdown, "# Headline\n\n")]
    public void A_dash_opening_a_wrapped_line_inside_a_sentence_is_no_credit_line(ArticleFormat format, string heading)
    {
        var text = heading + "“The pier is safe and it will stay open for years,” the harbour chief\n"
            + "— who has run the port since 2019 — told reporters on Monday.\n";

        var result = ArticleAnalyzer.Analyze(text, format, Samples.Options);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker.Should().Be("the harbour chief");
        quote.Cue!.Text.Should().Be("told");
        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "—");
    }
}
