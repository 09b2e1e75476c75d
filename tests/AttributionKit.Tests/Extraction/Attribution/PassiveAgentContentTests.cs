using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// PassiveAgentContent: a passive cue whose subject other rules read as the source and whose "by" phrase they read as
/// the content swaps the two, since in the passive the agent after "by" acts and the subject is acted on.
/// </summary>
public class PassiveAgentContentTests
{
    [Theory]
    // Rule: an adverb between the auxiliary and the participle keeps the cue passive.
    [InlineData("But those harbour views are not widely shared by skippers elsewhere along the coast.", "are not widely shared", "skippers elsewhere along the coast", "those harbour views")]
    // Rule: a quantity opened by a number is still the agent ("by nearly 6 in 10 of the voters").
    [InlineData("Holt also was backed by nearly 6 in 10 of the ferry workers.", "also was backed", "nearly 6 in 10 of the ferry workers", "Holt")]
    // Rule: a participle with its adverb right after a common noun acts on that noun.
    [InlineData("The board drifted from the pier policies once championed by those in the harbour movement.", "once championed", "those in the harbour movement", "the pier policies")]
    public void The_agent_is_the_source_and_the_subject_the_content(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void The_agent_stops_before_a_phrase_of_time()
    {
        // Rule: "on Saturday" tells when, not who.
        var attribution = WithCue("Those harbour views are not widely shared by the port authority on Saturday.", "are not widely shared");

        attribution.Source!.Mention.Text.Should().Be("the port authority");
        attribution.Content.Text.Should().Be("Those harbour views");
    }

    [Fact]
    public void A_name_before_a_past_tense_verb_stays_the_source()
    {
        // Counter-example: after a name, a past form with no "be" is an active verb ("Holt said by then …").
        var attribution = WithCue("Dana Holt said by then the pier was closed.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void By_before_a_gerund_is_no_agent()
    {
        // Counter-example: "responded by saying" tells how the speaker answered; the speaker stays the source.
        var attribution = WithCue("Nora Vale responded by saying the pier was closed.", "responded");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }
}
