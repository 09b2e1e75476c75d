using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class InterruptingCreditTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Close the pier before the storm, they said, and you risk angering the sailors.", "they", "said", "Close the pier before the storm, they said, and you risk angering the sailors")]
    [InlineData("The pier is too old, Holt said, because the tides have worn it down.", "Holt", "said", "The pier is too old, Holt said, because the tides have worn it down")]
    [InlineData("The ferry may not be fast, said Nora Vale, but it is safe.", "Nora Vale", "said", "The ferry may not be fast, said Nora Vale, but it is safe")]
    [InlineData("The toll was impossible, Dana Holt said, so the harbour board decided to drop it.", "Dana Holt", "said", "The toll was impossible, Dana Holt said, so the harbour board decided to drop it")]
    public void A_credit_that_interrupts_a_sentence_carried_on_by_a_conjunction_reports_both_sides(string text, string source, string cue, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Sales were great at the pier, he said, wiping his face.", "he", "said", "Sales were great at the pier")]
    [InlineData("The ferry runs late, Holt said, but \"we never asked for a new one.\"", "Holt", "said", "The ferry runs late")]
    public void A_participle_or_a_quote_after_the_credit_stays_out_of_the_content(string text, string source, string cue, string content)
    {
        Analyze(text).Attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }

    [Fact]
    public void A_clause_with_a_reporting_clause_of_its_own_after_the_credit_stays_a_relation()
    {
        var attributions = Analyze("The ferry was insured for $3 million, records show, and sailors say it is worth far less.").Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "records" && a.Cue!.Text == "show" && a.Content.Text == "The ferry was insured for $3 million");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "sailors" && a.Cue!.Text == "say" && a.Content.Text == "it is worth far less");
    }
}
