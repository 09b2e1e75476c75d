using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// In plain text, a line that ends on a word without a stop, above a line that opens like a sentence, is a headline or
/// a credit and the text under it: it ends its paragraph, so its words are not read as the next sentence's subject. A
/// paragraph wrapped by width (a line breaking off before a lower-case word, or a line of running text rather than a
/// headline) keeps its lines together. A closing curly
/// mark opening a paragraph before a word is an opening mark typed wrong.
/// </summary>
public class UnstoppedLineTests
{
    private const string Lead = "Pier news\n\nThe council met on Tuesday to discuss the pier and its repairs.\n\n";

    [Theory]
    // Rule: "… Must Close" ends its line without a stop and "Dana Holt said …" opens the next one.
    [InlineData("Update 9:15PM Holt Says She Would Close The Pier Over Storm Damage\nDana Holt said on Monday that the pier would close in May.\n")]
    // Rule: a short headline line above it, too.
    [InlineData("Holt Would Close The Pier\nDana Holt said on Monday that the pier would close in May.\n")]
    public void A_headline_line_above_a_sentence_does_not_lend_it_a_source(string text)
    {
        var attribution = WithCue(Lead + text, "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("that the pier would close in May");
    }

    [Fact]
    public void Credited_quotes_on_lines_of_their_own_are_each_their_credits()
    {
        // Rule: each "“…” ― Name" line ends on the name and the next opens with a quote mark.
        var result = ArticleAnalyzer.Analyze(
            Lead + "“Fix the pier before the storms.” ― Dana Holt\n“Not before the regatta is over.” ― Nora Vale\n",
            ArticleFormat.Text,
            Samples.Options);

        result.Quotes.Should().Contain(q => q.Text == "Fix the pier before the storms." && q.Speaker == "Dana Holt");
        result.Quotes.Should().Contain(q => q.Text == "Not before the regatta is over." && q.Speaker == "Nora Vale");
    }

    [Fact]
    public void A_paragraph_wrapped_by_width_keeps_a_name_broken_over_two_lines()
    {
        // Counter-example: "the pier\nwould close" shows the paragraph is wrapped, so "Mayor\nDana Holt" is one name.
        var attribution = WithCue(Lead + "The harbour board said on Monday that Mayor\nDana Holt had agreed the pier\nwould close in May.\n", "said");

        attribution.Source!.Mention.Text.Should().Be("The harbour board");
        attribution.Content.Text.Should().Contain("Mayor Dana Holt had agreed");
    }

    [Fact]
    public void A_two_line_paragraph_wrapped_before_a_name_stays_one_sentence()
    {
        // Counter-example: no other line shows the wrapping, but "… that Mayor" is running text, not a headline (few of
        // its longer words are capitalised), so the sentence carries on over the break.
        var attribution = WithCue(Lead + "The harbour board said on Monday that the new plan was drawn up by Mayor\nDana Holt and her aides.\n", "said");

        attribution.Source!.Mention.Text.Should().Be("The harbour board");
        attribution.Content.Text.Should().Contain("drawn up by Mayor Dana Holt and her aides");
    }

    [Fact]
    public void A_closing_curly_mark_opening_a_paragraph_opens_its_quote()
    {
        // Rule: nothing is open at a paragraph's start, so "”Fix" opens the quote.
        var result = ArticleAnalyzer.Analyze(Lead + "”Fix the pier before the storms,” Dana Holt said.\n", ArticleFormat.Text, Samples.Options);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Fix the pier before the storms,");
        quote.Speaker.Should().Be("Dana Holt");
    }
}
