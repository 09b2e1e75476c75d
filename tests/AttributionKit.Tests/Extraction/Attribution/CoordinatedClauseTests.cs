using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CoordinatedClauseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_reporting_clause_after_comma_but_ends_the_content_before_it()
    {
        var attributions = Analyze("Among Democrats, 60 percent say yes, but 55 percent of all voters say she does not.").Attributions;

        attributions.Should().Contain(a => a.Content.Text == "yes" && a.Kind == AttributionKind.Indirect);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "55 percent of all voters" && a.Cue!.Text == "say" && a.Content.Text == "she does not");
        attributions.Should().NotContain(a => a.Content.Text.Contains("yes, but", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_with_a_cue_of_its_own_ends_the_content_before_its_comma()
    {
        var attributions = Analyze("Nora Vale criticized the harbour lease, which a former clerk considered illegal.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "the harbour lease" && a.Kind == AttributionKind.Indirect);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "a former clerk" && a.Cue!.Text == "considered");
    }

    [Fact]
    public void A_coordinated_reporting_clause_inside_a_quote_is_not_cut()
    {
        var attribution = Analyze("“The pier will reopen, but the board says it will not,” Nora Vale said.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Contain("but the board says it will not");
    }

    [Fact]
    public void A_reporting_clause_joined_without_a_comma_stays_in_the_content()
    {
        var attribution = Analyze("Nora Vale said the pier will reopen and that the board says it is safe.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("the pier will reopen and that the board says it is safe");
    }
}
