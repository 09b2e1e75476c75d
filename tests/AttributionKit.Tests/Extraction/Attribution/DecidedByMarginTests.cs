using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// DecidedByMargin: the passive "decided by" followed by a figure or a word of a contest's margin tells how a race or
/// case was settled and is no cue; "decided by" with someone who decides stays a cue.
/// </summary>
public class DecidedByMarginTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The town's council race will be decided by a runoff between two candidates.")]
    [InlineData("The county was decided by less than one percentage point in 2000.")]
    [InlineData("Many of the harbour cases were decided by 5-to-4 votes in the last decade.")]
    public void A_margin_after_decided_by_is_no_cue(string text)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("decided", StringComparison.Ordinal));
    }

    [Fact]
    public void The_outer_report_keeps_the_settled_contest()
    {
        var attribution = WithCue("Many of the harbour cases were decided by 5-to-4 votes, Dana Holt said.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("Many of the harbour cases were decided by 5-to-4 votes");
    }

    [Fact]
    public void A_deciding_court_stays_a_cue()
    {
        var attribution = WithCue("The legality of the pier rules is likely to be decided by the Supreme Court.", "be decided");

        attribution.Source!.Mention.Text.Should().Be("the Supreme Court");
        attribution.Content.Text.Should().Be("The legality of the pier rules");
    }
}
