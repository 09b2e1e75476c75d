using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>The source of a participle after a comma (", noting …", ", saying …"): the subject of the clause it attaches to.</summary>
public class ParticipleSourceTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_relative_clause_on_the_subject_closes_before_the_main_predicate()
    {
        var attributions = Analyze("Nora Vale, who is a pilot, also decried the harbour board's repeated calls to close the pier, noting that the boats need it.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "noting" && a.Content.Text == "that the boats need it");
    }

    [Fact]
    public void A_relative_clause_right_before_the_cue_stays_with_the_name()
    {
        var attributions = Analyze("Dana Holt, who runs the ferry, said the pier would reopen.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt, who runs the ferry," && a.Cue!.Text == "said" && a.Content.Text == "the pier would reopen");
    }
}
