using System.Text;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests;

public class ArticleAnalyzerTests
{
    private const string PageDatedMarch2026 = """
        <html lang="en"><head><title>Council vote</title>
        <meta property="article:published_time" content="2026-03-02T09:00:00+01:00"></head>
        <body><article><h1>Council vote</h1>
        <p>The council approved the budget today after a long debate about the new bridge and the school repairs.</p>
        <p>“We have waited long enough,” said Mayor Ann Cole, who had pushed for the vote since the autumn.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_pages_publication_date_is_judged_against_the_options_clock_not_the_machines()
    {
        var before = ArticleAnalyzer.Analyze(PageDatedMarch2026, ArticleFormat.Html, Samples.Options);
        var after = ArticleAnalyzer.Analyze(PageDatedMarch2026, ArticleFormat.Html, WithClock(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero)));

        before.Article.Metadata.Published.Should().BeNull("on 2026-01-15 a page dated March 2026 is from the future");
        after.Article.Metadata.Published!.Date.Should().Be(new DateOnly(2026, 3, 2));
    }

    [Fact]
    public void Relative_dates_follow_the_reference_date_policy()
    {
        var clock = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);
        const string undated = "The council approved the budget today, after a long debate about the new bridge.";

        ArticleAnalyzer.Analyze(undated, ArticleFormat.Text, WithClock(clock)).ReferenceDate.Should().BeNull();
        ArticleAnalyzer.Analyze(undated, ArticleFormat.Text, WithClock(clock) with { ReferenceDatePolicy = ReferenceDatePolicy.DocumentOrClock })
            .ReferenceDate.Should().Be(new DateOnly(2026, 4, 1));
        ArticleAnalyzer.Analyze(PageDatedMarch2026, ArticleFormat.Html, WithClock(clock) with { ReferenceDatePolicy = ReferenceDatePolicy.Clock })
            .ReferenceDate.Should().Be(new DateOnly(2026, 4, 1), "the clock policy ignores the page's own date");
        ArticleAnalyzer.Analyze(PageDatedMarch2026, ArticleFormat.Html, WithClock(clock) with { ReferenceDate = new DateOnly(2025, 5, 19) })
            .ReferenceDate.Should().Be(new DateOnly(2025, 5, 19), "a fixed reference date overrides every policy");
    }

    [Fact]
    public void A_string_and_a_stream_of_the_same_article_give_the_same_result()
    {
        var fromString = ArticleAnalyzer.Analyze(PageDatedMarch2026, ArticleFormat.Html, Samples.Options);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(PageDatedMarch2026));
        var fromStream = ArticleAnalyzer.Analyze(stream, "vote.html", Samples.Options);

        fromStream.Article.Text.Should().Be(fromString.Article.Text);
        fromStream.Quotes.Select(q => (q.Text, q.Speaker)).Should().Equal(fromString.Quotes.Select(q => (q.Text, q.Speaker)));
        fromStream.Findings.Select(f => (f.Rule.Id, f.Message)).Should().Equal(fromString.Findings.Select(f => (f.Rule.Id, f.Message)));
    }

    private static AnalyzeOptions WithClock(DateTimeOffset now) => Samples.Options with { Clock = new FixedClock(now) };
}
