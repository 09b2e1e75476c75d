using AttributionKit.Checking.Rules;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class WeekdayMismatchRuleTests
{
    private static IReadOnlyList<string> Findings(string text, string? reference) =>
        [.. DateTestArticles.Analyze(text, reference).Findings.Where(f => f.Rule == WeekdayMismatchRule.Rule).Select(f => f.Excerpt)];

    [Theory]
    [InlineData("The meeting was on Monday, March 2, 2025.", "2025-10-06", "Monday, March 2, 2025")]
    [InlineData("The vote was held Tuesday, May 19, 2025.", "2025-10-06", "Tuesday, May 19, 2025")]
    [InlineData("It will be held next Monday, November 5.", "2024-10-30", "next Monday, November 5")]
    [InlineData("The vote was held Tuesday, May 19, 2025.", null, "Tuesday, May 19, 2025")]
    [InlineData("He spoke last Thursday (October 30).", "2024-11-04", "last Thursday (October 30")]
    public void Fires_when_the_weekday_is_not_the_dates(string text, string? reference, string excerpt)
    {
        Findings(text, reference).Should().Equal(excerpt);
    }

    [Theory]
    [InlineData("The vote was held Monday, May 19, 2025.", "2025-10-06")]
    [InlineData("He spoke last Thursday (October 31).", "2024-11-04")]
    [InlineData("The summit opens Friday, January 3.", "2024-12-20")]
    [InlineData("He said on Friday that the March 2, 2025 vote was close.", "2025-10-06")]
    [InlineData("The meeting was on Monday, March 2.", null)]
    public void Stays_quiet_when_the_weekday_fits(string text, string? reference)
    {
        Findings(text, reference).Should().BeEmpty();
    }

    [Fact]
    public void Does_not_check_a_plain_text_articles_own_dateline()
    {
        // A wrong weekday in the dateline is the document's date, not a date in the text.
        var text = "Tuesday, October 6, 2025\n\nThe council met today in the city hall.\n";

        DateTestArticles.Analyze(text, null).Findings.Should().NotContain(f => f.Rule == WeekdayMismatchRule.Rule);
    }

    [Fact]
    public void Seed_text_has_no_weekday_mismatch()
    {
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings.Should().NotContain(f => f.RuleName == "weekday-mismatch");
    }
}
