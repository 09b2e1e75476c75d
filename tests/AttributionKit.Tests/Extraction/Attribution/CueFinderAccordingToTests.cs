using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Which words "according to" credits when it stands inside a sentence.</summary>
public class CueFinderAccordingToTests
{
    [Fact]
    public void A_clause_opening_after_the_source_leaves_the_content_before_the_cue()
    {
        var attribution = WithCue("Nora Vale leads Tom Lane by 271 votes according to a count by the Harbour Times, but Lane has vowed to fight on.", "according to");

        attribution.Source!.Mention.Text.Should().Be("a count by the Harbour Times");
        attribution.Content.Text.Should().Be("Nora Vale leads Tom Lane by 271 votes");
    }

    [Fact]
    public void A_cue_inside_brackets_credits_what_the_brackets_hold()
    {
        var attribution = WithCue("The pier closed in May (the repairs cost 15 million dollars, according to the port board).", "according to");

        attribution.Source!.Mention.Text.Should().Be("the port board");
        attribution.Content.Text.Should().Be("the repairs cost 15 million dollars");
    }

    [Fact]
    public void A_sentence_opening_with_the_cue_credits_what_follows()
    {
        var attribution = WithCue("According to the port board, the repairs cost 15 million dollars.", "According to");

        attribution.Content.Text.Should().Be("the repairs cost 15 million dollars");
    }
}
