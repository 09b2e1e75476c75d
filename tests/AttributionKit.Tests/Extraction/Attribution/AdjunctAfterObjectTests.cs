using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The phrase a cue governs before a comma is its content when the words after the comma open an adjunct of the
/// sentence, not a reported clause.
/// </summary>
public class AdjunctAfterObjectTests
{
    [Theory]
    [InlineData("Harbour polls told a tale of two towns, with pilots far angrier than skippers.", "told", "a tale of two towns")]
    [InlineData("The mayor has insisted on building a new pier, despite critics pointing out its cost.", "has insisted", "on building a new pier")]
    [InlineData("Nora Vale did not respond to a request for comment, choosing to step back.", "did not respond", "to a request for comment")]
    [InlineData("Port officials shared with Dana Holt the full details of the plan, which Vale denies.", "shared", "with Dana Holt the full details of the plan")]
    [InlineData("Dana Holt agreed to a phone call on Wednesday, but only to tell Vale that she would not meet.", "agreed", "to a phone call on Wednesday")]
    public void The_governed_phrase_is_the_content(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_participle_that_is_a_cue_keeps_its_clause()
    {
        var attribution = WithCue("Dana Holt told the crowd, “The pier is safe.”", "told");

        attribution.Content.Text.Should().Be("“The pier is safe.”");
    }

    [Fact]
    public void A_time_phrase_is_never_the_content()
    {
        var attribution = WithCue("If the town can build a sea wall, Holt observed this week, without cranes, then it can build a pier.", "observed");

        attribution.Content.Text.Should().NotBe("this week");
    }

    [Fact]
    public void A_phrase_after_say_is_the_occasion()
    {
        var attribution = WithCue("Dana Holt said in a statement, and again at the pier, that the ferry would run.", "said");

        attribution.Content.Text.Should().NotBe("in a statement");
    }
}
