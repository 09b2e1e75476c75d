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
}
