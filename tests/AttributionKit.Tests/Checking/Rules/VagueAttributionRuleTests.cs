using AttributionKit.Checking;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class VagueAttributionRuleTests
{
    private static List<Finding> Findings(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings.Where(f => f.RuleName == "vague-attribution")];

    [Theory]
    [InlineData("Experts say the ceasefire will not hold.", "Experts say")]
    [InlineData("The ceasefire will not hold, critics say.", "critics say")]
    [InlineData("The ceasefire will not hold, a government source said.", "a government source said")]
    [InlineData("It is believed that the ceasefire will not hold.", "It is believed")]
    public void Reports_the_vague_phrase(string text, string excerpt)
    {
        var finding = Findings(text).Should().ContainSingle().Subject;

        finding.Excerpt.Should().Be(excerpt);
        finding.RuleId.Should().Be("AK3001");
        finding.Severity.Should().Be(Severity.Info);
    }

    [Theory]
    [InlineData("Military analyst Michael Clarke said the ceasefire will not hold.")]
    [InlineData("According to Ukrinform, the ceasefire will not hold.")]
    [InlineData("The analysts’ report was published on Monday.")]
    public void Is_quiet_on_named_sources(string text) =>
        Findings(text).Should().BeEmpty();

    [Fact]
    public void Flags_analysts_warn_in_the_seed_article() =>
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings
            .Where(f => f.RuleName == "vague-attribution").Select(f => f.Excerpt)
            .Should().Equal("analysts warn");
}
