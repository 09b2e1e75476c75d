using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A phrase opening a reported clause after "that" is set off by a comma that ends nothing of what was said.</summary>
public class ReportedClauseOpeningTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_phrase_of_time_after_that_keeps_the_clause_after_its_comma()
    {
        var attributions = Analyze("Dana Holt said that after the storm, the mayor called her to meet again.").Attributions;

        var attribution = attributions.Should().ContainSingle().Subject;
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("that after the storm, the mayor called her to meet again");
    }

    [Fact]
    public void A_longer_phrase_holding_a_relative_clause_keeps_the_clause_after_its_comma()
    {
        var attributions = Analyze("Nora Vale told reporters that sometime in the week that followed, she realized she had not filed the report.").Attributions;

        var attribution = attributions.Should().ContainSingle().Subject;
        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Cue!.Text.Should().Be("told");
        attribution.Content.Text.Should().EndWith("that sometime in the week that followed, she realized she had not filed the report");
    }

    [Fact]
    public void A_phrase_of_circumstance_keeps_the_clause_after_its_comma()
    {
        var attribution = PlainTextAttributions.WithCue("Holt said that given the harbour's debts, he was confident the board would agree.", "said");

        attribution.Source!.Mention.Text.Should().Be("Holt");
        attribution.Content.Text.Should().Be("that given the harbour's debts, he was confident the board would agree");
    }

    [Fact]
    public void A_whole_clause_joined_by_though_still_ends_the_content()
    {
        var attributions = Analyze("He told reporters that during his talks with the board he received an apology, though he did not say who made it.").Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == "told" && a.Content.Text.EndsWith("he received an apology", StringComparison.Ordinal));
        attributions.Should().Contain(a => a.Source!.Mention.Text == "he" && a.Cue!.Text == "did not say" && a.Content.Text == "who made it");
    }
}
