using AttributionKit.Loading.Html;
using AttributionKit.Model;

namespace AttributionKit.Tests.Loading.Html;

public class PublishedDateChooserTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    [Fact]
    public void No_candidates_give_no_date()
    {
        var (published, reason) = PublishedDateChooser.Choose([], "en", Today);

        published.Should().BeNull();
        reason.Should().Contain("no date");
    }

    [Fact]
    public void The_most_trusted_tier_wins_over_an_earlier_loose_date()
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [
                Candidate("2025-03-01", DocumentDateSource.TimeElement, "time", DocumentDateRole.Unspecified, tier: 5, order: 0),
                Candidate("2025-05-19", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 1),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        published.Source.Should().Be(DocumentDateSource.JsonLd);
        reason.Should().Contain("article metadata");
    }

    [Fact]
    public void Within_the_top_tier_the_earliest_date_is_the_original_publication()
    {
        var (published, _) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-21", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0),
                Candidate("2025-05-19", DocumentDateSource.Meta, "article:published_time", DocumentDateRole.Published, tier: 0, order: 1),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Fact]
    public void A_modification_date_is_used_only_when_nothing_else_dates_the_page()
    {
        var modifiedOnly = PublishedDateChooser.Choose(
            [Candidate("2025-06-01", DocumentDateSource.Meta, "article:modified_time", DocumentDateRole.Modified, tier: 6, order: 0)], "en", Today);
        var both = PublishedDateChooser.Choose(
            [
                Candidate("2025-06-01", DocumentDateSource.Meta, "article:modified_time", DocumentDateRole.Modified, tier: 6, order: 0),
                Candidate("2025-05-19", DocumentDateSource.Byline, "byline", DocumentDateRole.Published, tier: 3, order: 1),
            ],
            "en",
            Today);

        modifiedOnly.Published!.Date.Should().Be(new DateOnly(2025, 6, 1));
        modifiedOnly.Reason.Should().Contain("modification");
        both.Published!.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Theory]
    [InlineData("1994-12-31")]
    [InlineData("2026-01-17")]
    [InlineData("2031-05-01")]
    public void Dates_before_1995_or_after_the_clocks_tomorrow_are_rejected(string date)
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [Candidate(date, DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0)], "en", Today);

        published.Should().BeNull();
        reason.Should().Contain("none of the 1 dates");
    }

    [Fact]
    public void The_future_is_judged_by_the_given_day_not_by_the_machine_clock()
    {
        var candidates = new[] { Candidate("2030-05-19", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0) };

        PublishedDateChooser.Choose(candidates, "en", Today).Published.Should().BeNull();
        PublishedDateChooser.Choose(candidates, "en", new DateOnly(2030, 5, 18)).Published!.Date.Should().Be(new DateOnly(2030, 5, 19),
            "a day's grace covers time zones east of UTC");
    }

    [Fact]
    public void A_rejected_date_falls_back_to_the_next_source_and_is_counted()
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [
                Candidate("2099-01-01", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0),
                Candidate("2025-05-19", DocumentDateSource.Url, "canonical", DocumentDateRole.Published, tier: 4, order: 1),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        reason.Should().Contain("1 impossible date was rejected");
    }

    [Fact]
    public void A_date_later_than_the_latest_modification_is_an_events_not_the_pages()
    {
        var (published, _) = PublishedDateChooser.Choose(
            [
                Candidate("2025-09-30", DocumentDateSource.TimeElement, "time", DocumentDateRole.Unspecified, tier: 3, order: 0),
                Candidate("2025-05-20", DocumentDateSource.Meta, "article:modified_time", DocumentDateRole.Modified, tier: 6, order: 1),
                Candidate("2025-05-19", DocumentDateSource.Url, "canonical", DocumentDateRole.Published, tier: 4, order: 2),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Fact]
    public void An_address_dated_well_before_the_metadata_is_the_original_publication()
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-19", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0),
                Candidate("2024-02-03", DocumentDateSource.Url, "canonical", DocumentDateRole.Published, tier: 4, order: 1),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2024, 2, 3));
        reason.Should().StartWith("url:");
    }

    [Fact]
    public void An_address_dated_a_few_days_before_the_metadata_is_the_draft_not_the_publication()
    {
        var (published, _) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-19", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0),
                Candidate("2025-05-15", DocumentDateSource.Url, "canonical", DocumentDateRole.Published, tier: 4, order: 1),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Fact]
    public void An_early_utc_time_stamp_takes_the_local_day_the_page_shows()
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-20", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0, time: new TimeOnly(2, 30), offset: TimeSpan.Zero),
                Candidate("2025-05-19", DocumentDateSource.Byline, "byline", DocumentDateRole.Published, tier: 3, order: 1),
            ],
            "en-US",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        reason.Should().Contain("local day");
    }

    [Fact]
    public void The_same_moment_with_the_publishers_offset_gives_the_local_day()
    {
        var (published, _) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-19", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0, time: new TimeOnly(23, 30), offset: TimeSpan.Zero),
                Candidate("2025-05-20", DocumentDateSource.Meta, "og:published", DocumentDateRole.Published, tier: 1, order: 1, time: new TimeOnly(1, 30), offset: TimeSpan.FromHours(2)),
            ],
            "de",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 20));
    }

    [Fact]
    public void Midnight_in_central_europe_written_in_utc_is_the_next_day()
    {
        var (published, reason) = PublishedDateChooser.Choose(
            [Candidate("2025-05-18", DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, tier: 0, order: 0, time: new TimeOnly(22, 0), offset: TimeSpan.Zero)],
            "de",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        reason.Should().Contain("local midnight");
    }

    [Fact]
    public void A_dateline_by_the_headline_beats_time_elements_further_down()
    {
        var (published, _) = PublishedDateChooser.Choose(
            [
                Candidate("2025-05-12", DocumentDateSource.TimeElement, "time", DocumentDateRole.Unspecified, tier: 3, order: 0),
                Candidate("2025-05-19", DocumentDateSource.Byline, "byline", DocumentDateRole.Unspecified, tier: 4, order: 1, atHeadline: true),
            ],
            "en",
            Today);

        published!.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    private static DateCandidate Candidate(
        string date, DocumentDateSource source, string name, DocumentDateRole role, int tier, int order,
        TimeOnly? time = null, TimeSpan? offset = null, bool atHeadline = false) =>
        new(new DocumentDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), time, offset, source, name, role, date, null), tier, order, atHeadline);
}
