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

    // The lexicon's verbs are a short list; the attribution stage reads any cue, so its sources count too.
    [Theory]
    [InlineData("Crime experts have concluded that thefts are rising.", "Crime experts have concluded")]
    [InlineData("Current and former officials who spoke with the Harbour Gazette said the fund was empty.", "Current and former officials who spoke with the Harbour Gazette said")]
    [InlineData("Many of her aides feel the ferry plan is doomed.", "Many of her aides feel")]
    [InlineData("The mayor’s aides announced that the ferry would stop.", "The mayor’s aides announced")]
    public void Reports_unnamed_sources_of_any_cue_the_attribution_stage_reads(string text, string excerpt) =>
        Findings(text).Select(f => f.Excerpt).Should().Equal(excerpt);

    [Theory]
    [InlineData("Mr. Rubio and his advisers recognized long ago that the ferry plan was doomed.")]
    [InlineData("Neither Mr. Holt nor other officials identified the ferry.")]
    [InlineData("His harbour adviser, Dana Holt, announced the closure last week.")]
    [InlineData("Ms. Holt, the leading voice among harbour officials, announced that the ferry was late.")]
    public void Is_quiet_when_the_attributed_source_names_someone(string text) =>
        Findings(text).Should().BeEmpty();

    [Fact]
    public void Flags_analysts_warn_in_the_seed_article() =>
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings
            .Where(f => f.RuleName == "vague-attribution").Select(f => f.Excerpt)
            .Should().Equal("analysts warn");
}
