using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A reporting participle that opens a sentence takes the main clause's subject as its source.</summary>
public class OpeningParticipleTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Noting that the pier was closed, Nora Vale said the ferry would stop.", "Noting", "that the pier was closed")]
    [InlineData("Harbour news.\n\nCiting the report, Nora Vale said the ferry would stop.", "Citing", "the report")]
    public void A_participle_opening_the_sentence_reports_for_the_main_subject(string text, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "the ferry would stop");
        var participle = attributions.Should().ContainSingle(a => a.Cue!.Text == cue).Subject;
        participle.Source!.Mention.Text.Should().Be("Nora Vale");
        participle.Content.Text.Should().Be(content);
        participle.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("Walking to the pier, Nora Vale said the ferry would stop.")]
    [InlineData("Noting the closure, the harbour board shut the gates.")]
    public void A_participle_that_reports_nothing_or_has_no_reporting_subject_adds_nothing(string text)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().NotContain(a => a.Cue != null && (a.Cue.Text.StartsWith("Walking", StringComparison.Ordinal) || a.Cue.Text.StartsWith("Noting", StringComparison.Ordinal)));
    }
}
