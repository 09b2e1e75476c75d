using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A title in quote marks after "of" in the description of a speaker named after the cue ("said Dana Holt, the author of
/// ''Harbour Lights,''") names a book or show: it belongs to the source with its closing marks, and the description may
/// run on after it.
/// </summary>
public class QuotedTitleTests
{
    [Theory]
    // Rule: QuotedTitle — the title and its closing marks end the description.
    [InlineData("''The pier is safe,'' said Dana Holt, the co-author of ''Harbour Lights.''", "Dana Holt, the co-author of ''Harbour Lights.''")]
    // Rule: QuotedTitle — a relative clause goes on after the title's comma.
    [InlineData("''The pier is safe,'' said Dana Holt, the author of ''Harbour Lights,'' who studies ports at the college.", "Dana Holt, the author of ''Harbour Lights,'' who studies ports at the college")]
    // Rule: QuotedTitle — so does a second description.
    [InlineData("''The pier is safe,'' said Dana Holt, author of “Harbour Lights,” a history of the port.", "Dana Holt, author of “Harbour Lights,” a history of the port")]
    public void The_title_belongs_to_the_description(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("''The pier is safe,''");
    }

    [Fact]
    public void A_description_without_a_title_keeps_its_comma()
    {
        // Counter-example: no quote marks follow "of", so the description ends at its comma as before.
        WithCue("''The pier is safe,'' said Dana Holt, the mayor of Pierton, in an interview.", "said").Source!.Mention.Text.Should().Be("Dana Holt, the mayor of Pierton,");
    }

    [Theory]
    // Rule: QuotedTitle (before the cue) — the title closes the appositive and the speaker says the clause after the cue.
    [InlineData("Dana Holt, the co-author of ''Harbour Lights,'' said the pier must stay.", "said", "Dana Holt, the co-author of ''Harbour Lights,''", "the pier must stay")]
    // Rule: QuotedTitle (before the cue) — curly marks, "host of" and an adverbial after the cue.
    [InlineData("Nora Vale, host of “Pier Talk,” said on Monday that the mayor was wrong.", "said", "Nora Vale, host of “Pier Talk,”", "that the mayor was wrong")]
    // Rule: QuotedTitle (before the cue) — a quote before the tag is the speaker's; the title is no speech.
    [InlineData("''We will rebuild,'' Nora Vale, the host of ''Pier Talk,'' told reporters.", "told", "Nora Vale, the host of ''Pier Talk,''", "''We will rebuild,''")]
    // Rule: QuotedTitle (before the cue) — a second description after the title's comma belongs to the source too.
    [InlineData("Dana Holt, the author of “Harbour Lights,” a history of the port, said the pier must stay.", "said", "Dana Holt, the author of “Harbour Lights,” a history of the port,", "the pier must stay")]
    public void A_title_before_the_cue_belongs_to_the_description(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_description_opening_the_source_is_no_name()
    {
        // Counter-example: read without marks, the title-case words look like a name that "the co-author" describes;
        // the name before the comma stays the source.
        WithCue("Holt, the co-author of “Going Viral,” about the spread of rumours, said the pier must stay.", "said").Source!.Mention.Text.Should().Be("Holt");
    }

    [Fact]
    public void Speech_before_the_cue_is_not_a_title()
    {
        // Counter-example: the quote does not follow "of", so it is what was said, and the name after the cue says it.
        var attribution = WithCue("''The pier must stay,'' said Dana Holt.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("''The pier must stay,''");
    }
}
