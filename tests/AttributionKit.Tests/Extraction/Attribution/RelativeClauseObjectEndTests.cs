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

    [Fact]
    public void The_object_of_an_infinitive_inside_the_relative_clause_ends_before_the_main_clause_cue()
    {
        // "to protest" borrows "who" for subject; its object stops before "say", whose subject is the whole phrase.
        const string sentence = "Many harbour workers who came to the pier to protest the meeting say they will back Nora Vale.";
        var attribution = WithCue(sentence, "say");

        attribution.Source!.Mention.Text.Should().Be("Many harbour workers who came to the pier to protest the meeting");
        attribution.Content.Text.Should().Be("they will back Nora Vale");
        WithCue(sentence, "protest").Content.Text.Should().Be("the meeting");
    }

    [Fact]
    public void A_place_named_after_a_preposition_stays_inside_the_relative_clause()
    {
        // "to Dover" is the clause's place; it does not cut the subject read back from "say".
        var attribution = WithCue("But many harbour workers who came to Dover to protest the meeting say they will back Nora Vale.", "say");

        attribution.Source!.Mention.Text.Should().Be("many harbour workers who came to Dover to protest the meeting");
        attribution.Cue!.Text.Should().Be("say");
        attribution.Content.Text.Should().Be("they will back Nora Vale");
    }
}
