using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// DiscourseAsideAfterCue: "however", "though", "in turn" set between commas right after the cue link the sentence to
/// the one before and are left out of the content ("Holt said, however, that the pier would close").
/// </summary>
public class DiscourseAsideAfterCueTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Dana Holt said, however, that the pier would close.", "said", "that the pier would close")]
    [InlineData("Dana Holt said, though, the pier would close.", "said", "the pier would close")]
    [InlineData("Dana Holt added, in turn, that the pier would close.", "added", "that the pier would close")]
    [InlineData("Dana Holt warned, meanwhile, that the pier would close.", "warned", "that the pier would close")]
    public void The_aside_is_left_out_of_the_content(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }
}
