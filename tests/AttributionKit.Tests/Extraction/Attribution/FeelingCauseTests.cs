using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A feeling in the passive: "by" belongs to the cue and the cause alone is the content.</summary>
public class FeelingCauseTests
{
    [Theory]
    [InlineData("The pilots were angered by the new harbour fees.", "were angered by", "The pilots", "the new harbour fees")]
    [InlineData("Nora Vale was worried by the storm warnings.", "was worried by", "Nora Vale", "the storm warnings")]
    public void The_cause_after_by_is_the_content(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_reporting_verb_in_the_passive_keeps_its_agent_as_source()
    {
        var attribution = WithCue("The new fees were criticized by Nora Vale.", "were criticized");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("The new fees");
    }
}
