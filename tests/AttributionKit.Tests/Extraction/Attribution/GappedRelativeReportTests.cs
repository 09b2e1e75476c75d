using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class GappedRelativeReportTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_relative_clause_after_a_dash_that_reports_a_claim_is_a_relation_of_its_own()
    {
        var attributions = Analyze("Nora Vale praised the mayor for cutting fees - moves that she said improved the harbour's finances.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "praised" && a.Content.Text == "the mayor for cutting fees");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Cue!.Text == "said" && a.Content.Text == "improved the harbour's finances");
    }

    [Fact]
    public void A_noun_after_a_comma_with_a_claim_about_it_ends_the_outer_content()
    {
        var attributions = Analyze("The council rejected the pier plan, a decision they say allowed the storms to flood the town.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The council" && a.Cue!.Text == "rejected" && a.Content.Text == "the pier plan");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "they" && a.Cue!.Text == "say" && a.Content.Text == "allowed the storms to flood the town");
    }

    [Fact]
    public void A_quote_in_the_relative_clause_goes_to_its_cue()
    {
        var attributions = Analyze("Dana Holt lambasted the ferry deal signed by Mayor Reed, who she noted was \"in his last month.\"").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "lambasted" && a.Content.Text == "the ferry deal signed by Mayor Reed");
        attributions.Should().Contain(a => a.Cue!.Text == "noted" && a.Content.Text == "was \"in his last month.\"" && a.Kind == AttributionKind.Mixed);
    }

    [Fact]
    public void A_claim_whose_clause_has_its_own_subject_stays_inside_the_content()
    {
        var attributions = Analyze("Dana Holt praised the pier plan, a move she says the town needs.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "praised" && a.Content.Text == "the pier plan, a move she says the town needs");
    }
}
