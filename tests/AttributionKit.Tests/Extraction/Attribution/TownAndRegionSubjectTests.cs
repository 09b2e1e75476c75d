using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue.SubjectBeforeTownAndRegion: a state after a town and a comma closes the place that a preposition ties
/// to the subject ("Dana Holt of Dover, Maine said"); the state alone is no source.
/// </summary>
public class TownAndRegionSubjectTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Dana Holt of Dover, Maine said the pier would close.", "Dana Holt of Dover, Maine")]
    [InlineData("Pilots from Dover, South Carolina said the pier would close.", "Pilots from Dover, South Carolina")]
    public void The_subject_runs_over_the_town_and_its_state(string text, string source)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("the pier would close");
    }

    [Fact]
    public void A_name_after_an_opening_phrase_keeps_its_source()
    {
        AttributionsIn("Speaking to pilots in Dover, Holt said the pier would close.")
            .Should().ContainSingle(a => a.Cue!.Text == "said").Which.Source!.Mention.Text.Should().Be("Holt");
    }
}
