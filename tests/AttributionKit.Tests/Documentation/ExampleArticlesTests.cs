using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Documentation;

/// <summary>
/// The example articles in samples/articles besides the seed: each shows what the tool finds in one kind of input, so
/// what it finds there is pinned here. They were written for this project (the people and places are invented).
/// </summary>
public class ExampleArticlesTests
{
    // A clock after the articles' dates: a page dated after "now" would have its date rejected as impossible.
    private static readonly AnalyzeOptions Options = Samples.Options with { Clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)) };

    private static AnalysisResult Analyze(string name) => ArticleAnalyzer.Analyze(Samples.Article(name), Options);

    private static List<string> Findings(AnalysisResult result) =>
        [.. result.Findings.Select(f => $"{f.RuleName} {f.Excerpt}")];

    [Fact]
    public void Markdown_article_reads_its_front_matter_single_quotes_and_pull_quote()
    {
        var result = Analyze("harbour-dredging.md");

        result.Article.Metadata.Published!.Value.Should().Be("2026-03-12");
        result.Quotes.Select(q => $"{q.Kind} {q.Speaker ?? "-"}: {q.Text}").Should().Equal(
            "Direct Mairead Flynn: We will not let this harbour silt up while we argue about who pays, The boats have waited long enough.",
            "Partial Padraig Doyle: a start, not a finish",
            "Direct Padraig Doyle: If the work slips into the autumn, we lose another year,",
            "Block Mairead Flynn: We will not let this harbour silt up while we argue about who pays.",
            "Direct -: Nobody from the council has been down to the quay since Christmas.");
        result.Quotes[3].RepeatOf.Should().Be(0, "the pull quote repeats Flynn's words from the body");
        result.Quotes.Should().NotContain(q => q.Text.Contains("blue corridor") || q.Text.Contains("Low Tide"), "a scare quote and a film title are not speech");
    }

    [Fact]
    public void Markdown_article_flags_what_an_editor_would()
    {
        Findings(Analyze("harbour-dredging.md")).Should().Contain(
        [
            "unsourced-quote If the work slips into the autumn, we lose another year,",
            "vague-attribution Officials said",
            "numeric-conflict £4.8 million",
            "name-variant Mairéad",
            "unattributed-quote Nobody from the council has been down to the quay since Christmas.",
        ]).And.NotContain(f => f.StartsWith("unsourced-quote We will not", StringComparison.Ordinal), "Flynn told the Western Courier");
    }

    [Fact]
    public void Html_article_drops_the_page_around_it_and_reads_its_metadata()
    {
        var result = Analyze("rail-strike.html");

        result.Article.Metadata.Title.Should().Be("Train drivers to strike next week as pay talks collapse");
        result.Article.Metadata.Published!.Value.Should().Be("2026-02-05T07:30:00+00:00");
        result.Article.Text.Should().NotContainAny("cookies", "Related stories", "Sign up", "Share on", "All rights reserved");
        result.Quotes.Select(q => $"{q.Kind} {q.Speaker ?? "-"}: {q.Text}").Should().Equal(
            "Direct Tom Okafor: We have no intention of backing down on safety.",
            "Partial Northway Rail: fair and final",
            "Partial Helen Marsh: certainty, not another winter of disruption.",
            "Block Tom Okafor: We have no intention of backing down on safety.",
            "Direct Amira Shah: I support the drivers, but I can’t keep paying for taxis,",
            "Direct Helen Marsh: a different world.");
        result.Quotes[2].Source.Should().Be("X");
        result.Quotes.Should().NotContain(q => q.Text.Contains("work to rule"), "a scare quote is not speech");
    }

    [Fact]
    public void Html_article_flags_the_wrong_weekday_in_the_coming_week_and_the_anonymous_official()
    {
        Findings(Analyze("rail-strike.html")).Should().Contain(
        [
            "weekday-mismatch Tuesday, February 12",
            "vague-attribution official, who asked not to be named, said",
            "numeric-conflict £12 million",
        ]).And.NotContain(f => f.StartsWith("quote-variant", StringComparison.Ordinal), "the pull quote repeats the interrupted quote word for word");
        Analyze("rail-strike.html").Findings.Single(f => f.RuleName == "weekday-mismatch").Message
            .Should().Contain("2026-02-12 is a Thursday", "a year-less date a week after the page's date is the coming one");
    }
}
