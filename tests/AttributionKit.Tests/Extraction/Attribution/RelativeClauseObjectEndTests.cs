using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>The object of a cue inside a restrictive relative clause in the subject ends where the main clause's cue
/// begins; a participle with its agent ("delivered by the mother") still belongs to the object.</summary>
public class RelativeClauseObjectEndTests
{
    [Fact]
    public void A_participle_before_its_agent_does_not_end_the_relative_clause_object()
    {
        // "delivered by the mother" modifies "letter"; "says" is the main clause's cue, with the whole phrase as subject.
        var attribution = WithCue("The lifelong sailor who wrote the letter delivered by the mother says he won't vote for Vale.", "says");

        attribution.Source!.Mention.Text.Should().Be("The lifelong sailor who wrote the letter delivered by the mother");
        attribution.Content.Text.Should().Be("he won't vote for Vale");
        WithCue("The lifelong sailor who wrote the letter delivered by the mother says he won't vote for Vale.", "wrote").Content.Text.Should().Be("the letter delivered by the mother");
    }
}
