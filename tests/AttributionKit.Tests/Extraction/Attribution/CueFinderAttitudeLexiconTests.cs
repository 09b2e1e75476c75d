using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Verbs of speech, acts and dispositions the annotated corpora count as cues: congratulating, vouching for,
/// being confident that, being wary of.</summary>
public class CueFinderAttitudeLexiconTests
{
    [Theory]
    [InlineData("Nora Vale congratulated the harbour master on the new pier.", "congratulated", "Nora Vale", "the harbour master on the new pier")]
    [InlineData("Tom Lane vouched for the pilot at the hearing.", "vouched for", "Tom Lane", "the pilot at the hearing")]
    [InlineData("The mayor likened the pier to a trap.", "likened", "The mayor", "the pier to a trap")]
    [InlineData("Nora Vale is confident that the pier will reopen.", "is confident that", "Nora Vale", "the pier will reopen")]
    [InlineData("The pilots are wary of the new rules.", "are wary of", "The pilots", "the new rules")]
    [InlineData("Tom Lane balked at the cost of the pier.", "balked at", "Tom Lane", "the cost of the pier")]
    [InlineData("The harbour court ruled that the pier may stay open.", "ruled", "The harbour court", "that the pier may stay open")]
    [InlineData("Dana Holt pressed the board to close the pier.", "pressed", "Dana Holt", "the board to close the pier")]
    public void A_subject_with_the_verb_or_disposition_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The resisted change came anyway, and the pier reopened in May.")]
    [InlineData("Nora Vale wrote a convincing report on the pier.")]
    public void A_participle_describing_a_noun_is_no_cue(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && (a.Cue.Text.Contains("resisted", StringComparison.Ordinal) || a.Cue.Text.Contains("convincing", StringComparison.Ordinal)));
    }
}
