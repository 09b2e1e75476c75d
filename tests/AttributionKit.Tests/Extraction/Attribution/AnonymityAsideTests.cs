using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// AnonymityAside: "spoke on condition of anonymity", a verb after "anonymity to" and a verb after a negated permission
/// ("not authorized to discuss") say why a source is unnamed and report nothing; "said on condition of anonymity that …"
/// still reports.
/// </summary>
public class AnonymityAsideTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The official, speaking on condition of anonymity because they were not authorized to discuss the talks, said the pier would close.", "discuss")]
    [InlineData("The official, who spoke on the condition of anonymity to discuss the harbour plan, said the pier would close.", "discuss")]
    [InlineData("The aides spoke on condition of anonymity in order to discuss the plan, and Dana Holt said the pier would close.", "discuss")]
    [InlineData("Two pilots, who were not permitted to publicly discuss the vote, said the pier would close.", "discuss")]
    public void The_verb_of_the_aside_is_no_cue(string text, string verb)
    {
        var attributions = AttributionsIn(text);

        attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.Contains(verb, StringComparison.Ordinal));
        attributions.Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "said").Which.Content.Text.Should().Be("the pier would close");
    }

    [Fact]
    public void Said_on_condition_of_anonymity_still_reports()
    {
        var attribution = AttributionsIn("A harbour source said on condition of anonymity that the pier would close.").Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("A harbour source");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("that the pier would close");
    }

    [Fact]
    public void A_permission_that_is_not_negated_keeps_its_cue()
    {
        AttributionsIn("The mayor was authorized to announce that the pier would close.")
            .Should().Contain(a => a.Cue != null && a.Cue.Text.Contains("announce", StringComparison.Ordinal));
    }
}
