using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A reporting verb in the passive: the agent after "by" is the source and what the verb acts on is the content;
/// without "by" nobody is named; a feeling ("worried by") names a cause, and "it" no source.
/// </summary>
public class PassiveCueTests
{
    [Theory]
    // Rule: with an auxiliary, the subject before it is the content ("Lee was praised by Reeve").
    [InlineData("Dana Holt was praised by the harbour board for the repairs.", "was praised", "the harbour board", "Dana Holt")]
    // Rule: the agent's name stops before a phrase of time after it.
    [InlineData("The pier plan was criticized by Sen. Ann Cole on Tuesday.", "was criticized", "Sen. Ann Cole", "The pier plan")]
    // Rule: a participle after a comma acts on the noun phrase before the comma ("the bill, opposed by …").
    [InlineData("The pier plan, opposed by the fishermen’s union, stalled.", "opposed", "the fishermen’s union", "The pier plan")]
    // Rule: a participle right after a plain lower-case noun acts on that noun ("the country described by …").
    [InlineData("The plan described by the mayor would reopen the pier.", "described", "the mayor", "The plan")]
    // Rule: an agent joined by "and" to a second phrase that closes its clause takes that phrase in.
    [InlineData("The vote, which was projected by the networks and the Associated Press, went to Holt.", "was projected", "the networks and the Associated Press", "which")]
    public void The_agent_after_by_is_the_source_and_what_the_verb_acts_on_the_content(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_agent_may_be_a_list()
    {
        // Rule: the agent is a source phrase after the cue, so a list of groups is one source.
        WithCue("The pier plan was praised by the harbour board, the union and the skippers.", "was praised")
            .Source!.Mention.Text.Should().Be("the harbour board, the union and the skippers");
    }

    [Fact]
    public void A_passive_without_by_names_nobody()
    {
        // Rule: IsAgentless — "was asked" with no "by" after it has no source.
        var attribution = WithCue("Dana Holt was asked about the pier on Tuesday.", "was asked");

        attribution.Source.Should().BeNull();
    }

    [Fact]
    public void It_after_by_is_no_source()
    {
        // Counter-example: "opposed by it" names no agent, so no attribution is made.
        ArticleAnalyzer.Analyze("The plan, opposed by it, stalled.", ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void The_cause_of_a_feeling_is_no_source()
    {
        // Counter-example: IsFeeling — "worried by" names what the skippers feel about, not who spoke.
        ArticleAnalyzer.Analyze("The skippers were worried by the storm forecast.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "the storm forecast");
    }
}
