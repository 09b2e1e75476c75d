using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// VisitSeeing: "see" after "to" telling of going to look at someone or something (after a verb of going, or with a
/// person as its whole object) is no cue; seeing something as something stays one.
/// </summary>
public class VisitSeeingTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Nora Vale went to see the harbour lights last week at the pier.", "see")]
    [InlineData("Viewers tuned in to see Dana Holt accept the harbour award.", "see")]
    [InlineData("The ferry was en route to see the fireworks over the harbour.", "see")]
    [InlineData("We are going to see it again next summer at the pier.", "see")]
    [InlineData("Thousands of skippers lined the quay for hours to see her.", "see")]
    public void The_verb_form_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dana Holt has come to see the pier as a relic.", "see", "Dana Holt", "the pier as a relic")]
    public void A_view_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }
}
