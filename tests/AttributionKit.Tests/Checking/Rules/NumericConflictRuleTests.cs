using AttributionKit.Checking;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class NumericConflictRuleTests
{
    private static List<Finding> Findings(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings.Where(f => f.RuleName == "numeric-conflict")];

    [Fact]
    public void Reports_two_amounts_for_one_plan_at_the_later_one()
    {
        const string text = "The government said the plan would cost $2.3 billion. Critics of the $3.2 billion plan disagreed.";
        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be("$3.2 billion");
        finding.Related.Should().ContainSingle().Which.Text.Should().Be("$2.3 billion");
        finding.Message.Should().Contain("1:").And.Contain("$2.3 billion").And.Contain("$3.2 billion")
            .And.EndWith("two figures for the same quantity ($, both next to 'plan')");
        finding.Severity.Should().Be(Severity.Warning);
        finding.RuleId.Should().Be("AK3003");
    }

    [Fact]
    public void Compares_sums_that_the_words_next_to_them_say_are_one_thing()
    {
        const string text = "The new stadium will cost $450 million, the mayor said. Opponents say the stadium will cost $600 million.";

        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be("$600 million");
        finding.Related.Should().ContainSingle().Which.Text.Should().Be("$450 million");
    }

    [Fact]
    public void Compares_counts_over_the_same_time_frame_with_lemmatised_units()
    {
        const string text = "According to his post, Russia launched 200 drones in one night. According to Ukrinform, Ukraine intercepted 76 of 112 drones overnight.";
        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be("76 of 112 drones");
        finding.Related.Select(r => r.Text).Should().Equal("200 drones");
    }

    [Theory]
    [InlineData("The new pier will cost $1.5 million, the mayor said. Opponents say the pier will cost $15 million.", "$15 million", "$1.5 million")]
    [InlineData("The pier repairs will cost $1.3 billion, the mayor said. Critics put the pier repairs at $1.3 trillion.", "$1.3 trillion", "$1.3 billion")]
    public void Compares_figures_far_apart_that_share_their_digits_a_misplaced_point_or_scale_word(string text, string later, string earlier)
    {
        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be(later);
        finding.Related.Should().ContainSingle().Which.Text.Should().Be(earlier);
    }

    [Theory]
    [InlineData("Ukraine reported 734 violations within 12 hours. Russia accused Kyiv of over 14,000 violations.")]
    [InlineData("Russia launched 200 drones in one night. Ukraine intercepted 76 of 112 drones last week.")]
    [InlineData("Russia launched 200 drones overnight. Ukraine said 200 drones came overnight.")]
    [InlineData("About 200 drones came overnight. Ukraine counted 210 drones overnight.")]
    [InlineData("Five people were killed in Kyiv on Monday. Three people were killed in Kharkiv on Monday.")]
    [InlineData("Ukraine intercepted 76 of 112 drones overnight.")]
    // Sums in a story about money: sharing a word of the sentence, or only a verb of money, does not make them one sum.
    [InlineData("The campaign raised about $58 million in support of the senator last spring. In February it raised $5.7 million, its filings show.")]
    [InlineData("Donors gave an additional $2 million to the campaign. The campaign began March with $8 million in cash on hand.")]
    [InlineData("The company earned $90 million last year. It earned $120 million this year.")]
    [InlineData("Unions back a $15 an hour minimum wage. The governor supports a $12 wage.")]
    [InlineData("Students nationwide owe $1.3 trillion in loans. Rosa Calder owes $92,000 in loans.")]
    [InlineData("The harbour fund pays $35,000 a month. The new pier fund pays $2 million a month.")]
    [InlineData("The kingdom gave between $10 million and $25 million to the foundation. A magnate directed $20 million to the foundation.")]
    [InlineData("It takes 1,237 delegates to win the nomination. With 107 delegates at stake in the state, she will win at least 56.")]
    [InlineData("A grant of $2 million is helping veterans. A loan of $5 million is helping farmers.")]
    [InlineData("The donor gave him $2,700 last spring. A bank lent him $10,000 in March.")]
    public void Is_quiet_when_figures_agree_or_count_different_things(string text) =>
        Findings(text).Should().BeEmpty();

    [Fact]
    public void Links_200_drones_and_76_of_112_drones_in_the_seed_article()
    {
        var finding = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings
            .Where(f => f.RuleName == "numeric-conflict").Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be("76 of 112 drones");
        finding.Related.Should().ContainSingle().Which.Text.Should().Be("200 drones");
        finding.Message.Should().Contain("46:").And.Contain("41:");
    }

    [Fact]
    public void A_table_of_figures_for_one_quantity_relates_each_finding_to_the_first_few_only()
    {
        var text = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"On day {i} the army lost {100 + (i * 10)} drones in one night."));

        var findings = Findings(text);

        findings.Should().HaveCount(11);
        findings[^1].Excerpt.Should().Be("220 drones");
        findings[^1].Related.Select(r => r.Text).Should().Equal("110 drones", "120 drones", "130 drones", "140 drones", "150 drones");
    }
}
