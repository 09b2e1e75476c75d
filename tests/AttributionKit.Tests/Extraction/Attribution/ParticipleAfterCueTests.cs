using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// CueFinder: a reporting participle right after a cue and a comma ("Holt responded, saying …") reports on its own; the
/// cue before it takes no content from it.
/// </summary>
public class ParticipleAfterCueTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Holt responded, saying the pier was safe.", "saying", "the pier was safe")]
    [InlineData("Vale objected, arguing that the pier was safe.", "arguing", "that the pier was safe")]
    public void The_participle_carries_the_content(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().BeOneOf("Holt", "Vale");
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_quote_before_the_cue_stays_the_cues_and_the_participle_reports_beside_it()
    {
        var attributions = AttributionsIn("\"The pier stays,\" Holt added, noting that the vote was close.");

        attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == "added" && a.Content.Text == "\"The pier stays,\"");
        attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == "noting" && a.Content.Text == "that the vote was close");
    }
}
