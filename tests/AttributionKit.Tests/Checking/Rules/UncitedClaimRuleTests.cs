using AttributionKit.Checking;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class UncitedClaimRuleTests
{
    private static List<Finding> Findings(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings.Where(f => f.RuleName == "uncited-claim")];

    [Fact]
    public void Reports_a_figure_that_nobody_is_credited_for()
    {
        const string text = "Russia launched 200 drones at Kyiv on Tuesday, the largest attack of the war.";
        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be(text);
        finding.RuleId.Should().Be("AK3002");
        finding.Severity.Should().Be(Severity.Info);
    }

    [Theory]
    [InlineData("According to Ukrinform, Russia launched 200 drones at Kyiv on Tuesday.")]
    [InlineData("Russia launched 200 drones at Kyiv on Tuesday, Ukraine’s air force said.")]
    [InlineData("Russia launched 200 drones at Kyiv on Tuesday, officials said.")]
    public void Is_quiet_on_sentences_that_carry_their_own_attribution(string text) =>
        Findings(text).Should().BeEmpty();

    [Fact]
    public void Is_quiet_when_the_paragraph_credits_a_source()
    {
        const string text = "Russia launched 200 drones at Kyiv on Tuesday. Ukraine intercepted 180 of them. The figures were reported by Ukrinform.";
        Findings(text).Should().BeEmpty();
    }

    [Fact]
    public void Is_quiet_on_a_summary_of_figures_the_article_sources_later()
    {
        const string text = "Talks stall as strikes go on\n\n• Russia launched 200 drones at Kyiv on Tuesday.\n\nThe war goes on in the east and south.\n\nAccording to Ukrinform, Russia launched 200 drones in one night.\n";
        Findings(text).Should().BeEmpty();
    }

    [Fact]
    public void Is_quiet_on_questions_and_headings()
    {
        const string text = "Russia Launched 200 Drones at Kyiv on Tuesday\n\nDid Russia launch 200 drones at Kyiv on Tuesday?\n";
        Findings(text).Should().BeEmpty();
    }

    [Fact]
    public void Is_quiet_on_every_seed_sentence_that_carries_its_own_attribution()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options);
        var attributed = result.Claims.Where(c => c.Attribution is not null).Select(c => c.Range).ToList();

        attributed.Should().NotBeEmpty();
        result.Findings.Where(f => f.RuleName == "uncited-claim")
            .Should().NotContain(f => attributed.Any(r => r.Overlaps(f.Range!.Value)));
        result.Findings.Count(f => f.RuleName == "uncited-claim").Should().BeLessThanOrEqualTo(2);
    }
}
