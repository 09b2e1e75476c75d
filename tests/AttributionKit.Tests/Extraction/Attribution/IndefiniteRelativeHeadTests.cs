using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// zero-relative-heads.txt: "something", "everything", "anything", "nothing" head a relative clause without "that"
/// ("something the mayors wanted"): the pronoun is what the clause's cue reports and no part of its source.
/// </summary>
public class IndefiniteRelativeHeadTests
{
    [Fact]
    public void Something_before_the_clause_is_what_the_cue_reports()
    {
        // Rule: "wanted" has no object of its own before the colon, so what the mayors wanted is "something".
        var attribution = WithCue("The bill did something the harbour mayors wanted: it allowed ferries to dock.", "wanted");

        attribution.Source!.Mention.Text.Should().Be("the harbour mayors");
        attribution.Content.Text.Should().Be("something");
    }

    [Fact]
    public void With_an_object_after_the_cue_the_pronoun_stays_out_of_the_content()
    {
        // Counter-example: "told the board" has its own object, so "Nothing" is not what Vale told.
        var attribution = WithCue("Nothing Nora Vale told the harbour board on Monday changed the vote.", "told");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().NotBe("Nothing");
    }
}
