using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// PassiveCue: in "It was reported by the Gazette that the pier would close" the expletive "it" stands for the clause
/// after the agent; the agent is the source and that clause, not "It", is the content.
/// </summary>
public class ExpletivePassiveAgentTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("It was reported by the Gazette that the pier would close.", "the Gazette", "was reported")]
    [InlineData("It was announced by the harbour board that the pier would close.", "the harbour board", "was announced")]
    public void The_clause_after_the_agent_is_the_content(string text, string source, string cue)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be("that the pier would close");
    }

    [Fact]
    public void A_subject_that_is_no_expletive_stays_the_content()
    {
        var attribution = AttributionsIn("The plan was criticized by Dana Holt.").Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("The plan");
    }
}
