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

    [Fact]
    public void A_trailing_according_to_credits_the_clause_next_to_it_beside_the_outer_relation()
    {
        var attributions = Analyze("Nora Vale has praised the harbour plan, and won most of the dock vote, according to exit polls.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "has praised" && a.Content.Text == "the harbour plan");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "exit polls" && a.Cue!.Text == "according to" && a.Content.Text == "won most of the dock vote");
    }

    [Fact]
    public void A_trailing_according_to_after_an_opening_clause_with_a_cue_keeps_the_main_clause()
    {
        var attributions = Analyze("When the clerk refused to resign, the mayor began attacking her, according to two council members.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "the clerk" && a.Content.Text == "to resign");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "two council members" && a.Content.Text == "the mayor began attacking her");
    }
}
