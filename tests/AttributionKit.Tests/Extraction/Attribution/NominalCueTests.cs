using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A noun of saying or stance after a possessor attributes what follows it to the possessor.</summary>
public class NominalCueTests
{
    [Fact]
    public void A_noun_of_saying_after_a_possessor_attributes_what_follows()
    {
        var attribution = WithCue("Vale’s claim that the harbour was safe drew scorn.", "claim");

        attribution.Source!.Mention.Text.Should().Be("Vale’s");
        attribution.Content.Text.Should().StartWith("that the harbour was safe");
    }

    [Fact]
    public void A_noun_of_saying_without_a_possessor_is_no_cue()
    {
        All("The claim that the harbour was safe drew scorn.").Should().NotContain(a => a.Cue != null && a.Cue.Text == "claim");
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;
}
