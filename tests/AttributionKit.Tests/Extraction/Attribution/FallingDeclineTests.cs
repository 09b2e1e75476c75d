using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// FallingDecline: a form of "decline" telling of a fall (a word of measure or manner after it; for the bare forms a
/// preposition of the noun or a mark) is no cue; a refusal ("declined to comment", "declined the invitation", "Holt
/// declined.") stays a cue.
/// </summary>
public class FallingDeclineTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Harbour fees have declined sharply since May.", "declined")]
    [InlineData("After that the pier toll would decline by two dollars each year.", "decline")]
    [InlineData("The board reported a 30 percent decline in ferry trips.", "decline")]
    [InlineData("The town spoke of the relative decline of the harbour.", "decline")]
    [InlineData("Under the plan berth fees would decline, and the pier would stay open.", "decline")]
    public void A_fall_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_stays_a_cue()
    {
        var attribution = WithCue("Dana Holt declined to comment on the pier.", "declined");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("to comment on the pier");
    }
}
