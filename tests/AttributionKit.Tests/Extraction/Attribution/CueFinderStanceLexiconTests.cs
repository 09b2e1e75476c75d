using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Acts of stance that the annotated corpora count as attributions: issuing, naming, sharing, focusing on.</summary>
public class CueFinderStanceLexiconTests
{
    [Theory]
    [InlineData("Nora Vale issued a warning about the storm on Tuesday.", "issued", "a warning about the storm on Tuesday")]
    [InlineData("The mayor named Tom Lane as the new harbour master.", "named", "Tom Lane as the new harbour master")]
    [InlineData("Nora Vale focused on the cost of the pier.", "focused on", "the cost of the pier")]
    [InlineData("Nora Vale shared a link to the port’s report.", "shared", "a link to the port’s report")]
    public void A_subject_performing_the_act_is_the_source(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source.Should().NotBeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The pier, named for Nora Vale, reopened in May.", "named")]
    [InlineData("Nora Vale “shared” nothing with the board.", "shared")]
    public void A_participle_or_a_quoted_word_is_no_cue(string text, string cue)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == cue);
    }
}
