using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A passive cue whose agent follows the verb's complement ("was declared the winner by news organizations"): the agent
/// is the source and the complement before "by" the content.
/// </summary>
public class AgentAfterComplementTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Theory]
    [InlineData("Dana Holt was declared the winner in the Dover, Marsh and Lyme races by news organizations early Tuesday night.",
        "was declared", "news organizations", "the winner in the Dover, Marsh and Lyme races")]
    [InlineData("Nora Vale was appointed to the harbour board by Mayor Dana Holt in 1993.", "was appointed", "Mayor Dana Holt", "to the harbour board")]
    [InlineData("Dana Holt was nominated to the board by the mayor.", "was nominated", "the mayor", "to the board")]
    [InlineData("Nora Vale was nominated to the pier committee in 2010 by a harbour pilot.", "was nominated", "a harbour pilot", "to the pier committee in 2010")]
    [InlineData("Dana Holt studied law at Dover College and was nominated to the bench in 2010 by the mayor.", "was nominated", "the mayor", "to the bench in 2010")]
    public void The_agent_after_the_complement_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == cue).Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Nora Vale was declared the winner of the harbour race last week by the narrowest of margins.", "was declared")]
    [InlineData("The skippers were ordered to pay the fines by Friday.", "were ordered")]
    [InlineData("The skippers were ordered to pay the fines by the end of May.", "were ordered")]
    [InlineData("The skippers were ordered to pay the fines by this weekend.", "were ordered")]
    [InlineData("Nora Vale was declared the winner of a race that was marred by fraud.", "was declared")]
    [InlineData("Dana Holt was asked about the plan during a forum hosted by the Dover Courier.", "was asked")]
    public void A_margin_a_time_or_another_verb_s_agent_names_no_source(string text, string cue)
    {
        // Counter-examples: "by" gives a margin, a deadline, or the agent of a later participle.
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == cue).Which;

        attribution.Source.Should().BeNull();
    }
}
