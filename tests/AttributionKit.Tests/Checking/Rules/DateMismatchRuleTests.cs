using AttributionKit.Checking.Rules;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class DateMismatchRuleTests
{
    private static IReadOnlyList<string> Findings(string text, string? reference) =>
        [.. DateTestArticles.Analyze(text, reference).Findings.Where(f => f.Rule == DateMismatchRule.Rule).Select(f => f.Excerpt)];

    [Fact]
    public void Seed_text_has_exactly_one_date_mismatch_on_today_May_19()
    {
        var findings = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings.Where(f => f.RuleName == "date-mismatch").ToList();

        findings.Should().ContainSingle();
        var finding = findings[0];
        finding.RuleId.Should().Be("AK1001");
        finding.Excerpt.Should().Be("today, May 19, 2025");
        finding.Message.Should().Contain("2025-10-06").And.Contain("2025-05-19");
        finding.Span.Line.Should().Be(18);
    }

    [Fact]
    public void Seed_text_dated_as_its_html_version_has_no_date_mismatch()
    {
        // The HTML page is published 2025-05-19 by its metadata: "today, May 19, 2025" is then right.
        var options = Samples.Options with { ReferenceDate = new DateOnly(2025, 5, 19) };

        ArticleAnalyzer.Analyze(Samples.SeedText, options).Findings.Should().NotContain(f => f.RuleName == "date-mismatch");
    }

    [Theory]
    [InlineData("Trump will speak with Putin today, May 19, 2025, at 10:00 AM Eastern Time.", "2025-10-06", "today, May 19, 2025")]
    [InlineData("He said yesterday, Wednesday 12 February, that he would go.", "2025-02-14", "yesterday, Wednesday 12 February")]
    [InlineData("Yesterday, Oct. 3, the council met.", "2025-10-06", "Yesterday, Oct. 3")]
    [InlineData("The council met yesterday (Oct. 3) in the city.", "2025-10-06", "yesterday (Oct. 3")]
    [InlineData("Today is May 19, and the council meets.", "2025-10-06", "Today is May 19")]
    [InlineData("Today (Tuesday) the council meets.", "2025-10-06", "Today (Tuesday")]
    [InlineData("This morning, March 3, the council met.", "2025-10-06", "This morning, March 3")]
    [InlineData("He spoke last Thursday, October 24.", "2024-11-04", "last Thursday, October 24")]
    [InlineData("The council meets today, 10/03/2025, in the city.", "2025-10-06", "today, 10/03/2025")]
    public void Fires_when_a_relative_day_and_its_date_disagree(string text, string reference, string excerpt)
    {
        Findings(text, reference).Should().Equal(excerpt);
    }

    [Theory]
    [InlineData("Trump will speak with Putin today, October 6, 2025.", "2025-10-06")]
    [InlineData("Today's call builds on a March 18 discussion.", "2025-10-06")]
    [InlineData("He spoke last Thursday (October 31).", "2024-11-04")]
    [InlineData("He spoke last Thursday (October 31).", "2024-11-01")]
    [InlineData("He said yesterday, Thursday 13 February, that he would go.", "2025-02-14")]
    [InlineData("Trump-Putin Call Scheduled for 10AM ET Today. The call is at 10:00 AM ET today.", "2025-10-06")]
    [InlineData("Tomorrow, January 1, the law takes effect.", "2025-12-31")]
    [InlineData("The council meets today, 10/06/2025, in the city.", "2025-10-06")]
    [InlineData("Today, May 19, the council meets.", null)]
    [InlineData("Since March 3, today included, the council has met daily.", "2025-10-06")]
    public void Stays_quiet_when_they_agree_or_cannot_be_compared(string text, string? reference)
    {
        Findings(text, reference).Should().BeEmpty();
    }

    [Fact]
    public void Leaves_a_wrong_weekday_to_weekday_mismatch()
    {
        // "next Monday, November 5" in 2024: November 5 is a Tuesday; one finding, by the weekday rule.
        var findings = DateTestArticles.Analyze("It will be held next Monday, November 5.", "2024-10-30").Findings;

        findings.Select(f => f.RuleName).Should().Equal("weekday-mismatch");
    }
}
