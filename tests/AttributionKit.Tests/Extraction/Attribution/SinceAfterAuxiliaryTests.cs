using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"since" after a perfect auxiliary ("has since said") means "since then" and belongs to the cue; the subject
/// before the auxiliary is the source.</summary>
public class SinceAfterAuxiliaryTests
{
    [Theory]
    [InlineData("Nora Vale has since said that she attended because she liked the pilots.", "has since said", "Nora Vale", "that she attended because she liked the pilots")]
    [InlineData("The plan was approved, but city officials have since balked at the hotel.", "have since balked at", "city officials", "the hotel")]
    public void The_subject_before_has_since_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Since_opening_a_phrase_stays_out_of_the_cue()
    {
        // Counter-example: "the six months since announcing" — "since" opens a phrase, not part of a cue.
        var attributions = ArticleAnalyzer.Analyze("In the six months since announcing her decision, Vale had waited.", ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.StartsWith("since", StringComparison.Ordinal));
    }
}
