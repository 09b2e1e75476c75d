using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// DecidingContest: "decide" with a plain object opened by an article or a name settles a contest or question and is no
/// cue; "decided" with a clause, "decide to …" and "decide whether …" stay cues.
/// </summary>
public class DecidingContestTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("When coins were flipped to decide a tight harbour race, things did not go evenly.")]
    [InlineData("Independents alone won't decide Dover.")]
    [InlineData("The eventual appeals court ruling could decide the case, even if it goes to the top court.")]
    public void A_settled_contest_is_no_cue(string text)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("decide", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dana Holt decided the pier was unsafe.", "decided", "Dana Holt", "the pier was unsafe")]
    [InlineData("Nora Vale decided the harbour board had lied to her.", "decided", "Nora Vale", "the harbour board had lied to her")]
    [InlineData("Dana Holt decided to close the pier.", "decided", "Dana Holt", "to close the pier")]
    [InlineData("The board must decide whether the pier reopens.", "must decide", "The board", "whether the pier reopens")]
    public void A_decision_reported_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
