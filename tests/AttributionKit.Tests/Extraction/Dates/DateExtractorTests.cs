using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateExtractorTests
{
    private static readonly AnalyzeOptions Options = Samples.Options;

    [Fact]
    public void Seed_text_holds_the_expected_dates_resolved_against_its_dateline()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Options);

        result.ReferenceDate.Should().Be(new DateOnly(2025, 10, 6));
        var dates = result.Dates.Select(DateTestArticles.Describe).ToList();
        dates.Should().Contain(
        [
            "May 19, 2025 = 2025-05-19",
            "March 18 = 2025-03-18",
            "May 16 = 2025-05-16",
            "May 18 = 2025-05-18",
            "May 8–10 = 2025-05-08/2025-05-10",
            "2024 = 2024",
            "today = 2025-10-06",
        ]);
    }

    [Fact]
    public void Seed_text_reports_no_date_for_the_modal_may_and_none_from_its_dateline()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Options);

        result.Dates.Should().NotContain(d => d.Text.Equals("may", StringComparison.OrdinalIgnoreCase));
        result.Dates.Should().NotContain(d => d.Text.Contains("October 6", StringComparison.Ordinal), "the dateline dates the article");
        foreach (var notDate in new[] { "may force them", "may determine" })
        {
            var at = result.Article.Text.IndexOf(notDate, StringComparison.Ordinal);
            at.Should().BePositive();
            result.Dates.Should().NotContain(d => d.Range.Contains(at), $"'{notDate}' holds no date");
        }
    }

    [Fact]
    public void Seed_text_mentions_are_located_in_the_source_file()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Options);
        var source = File.ReadAllText(Samples.SeedText);

        foreach (var date in result.Dates)
        {
            source.Substring(date.Span.Start, date.Span.End - date.Span.Start).Should().Be(date.Text);
            result.Article.GetText(date.Range).Should().Be(date.Text);
        }

        var may19 = result.Dates.Single(d => d.Text == "May 19, 2025");
        may19.Span.Line.Should().Be(18);
        may19.Type.Should().Be(DateMentionType.Date);
        may19.IsRelative.Should().BeFalse();
        may19.Start.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Fact]
    public void Times_of_day_are_time_mentions()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Options);

        result.Dates.Should().Contain(d => d.Text == "10:00 AM" && d.Type == DateMentionType.Time && d.Value == "10:00");
        result.Dates.Should().Contain(d => d.Text == "10AM" && d.Type == DateMentionType.Time);
    }

    [Theory]
    // The recognizer's mistakes, corrected.
    [InlineData("Prices may rise before the vote.", "2025-10-06", new string[0])]
    [InlineData("Theresa May said she would stay.", "2025-10-06", new string[0])]
    [InlineData("Negotiating while losing ground may force them into a deal.", "2025-10-06", new string[0])]
    [InlineData("The outcome may determine whether peace holds.", "2025-10-06", new string[0])]
    [InlineData("In May, sales rose.", "2025-10-06", new[] { "May = 2025-05" })]
    [InlineData("Protesters march on the capital.", "2025-10-06", new string[0])]
    [InlineData("By law, no one may solicit a vote near the polls.", "2025-10-06", new string[0])]
    [InlineData("The Daily Mail reported it first.", "2025-10-06", new string[0])]
    [InlineData("The council meets weekly.", "2025-10-06", new[] { "weekly = P1W" })]
    [InlineData("He will speak today, May 19, 2025, at 10:00 AM Eastern Time.", "2025-10-06", new[] { "today = 2025-10-06", "May 19, 2025 = 2025-05-19", "10:00 AM = 10:00" })]
    [InlineData("Yesterday, Oct. 3, the council met.", "2025-10-06", new[] { "Yesterday = 2025-10-05", "Oct. 3 = 2025-10-03" })]
    [InlineData("The vote was held Tuesday, May 19, 2025.", "2025-10-06", new[] { "Tuesday, May 19, 2025 = 2025-05-19" })]
    [InlineData("He said yesterday, Wednesday 12 February, that he would go.", "2025-02-14", new[] { "yesterday = 2025-02-13", "Wednesday 12 February = 2025-02-12" })]
    // Ranges, formats, years.
    [InlineData("Ukraine reported violations during the May 8–10 Victory Day pause.", "2025-10-06", new[] { "May 8–10 = 2025-05-08/2025-05-10" })]
    [InlineData("The report came out on 12 February 2025.", "2025-10-06", new[] { "12 February 2025 = 2025-02-12" })]
    [InlineData("The report came out on Feb. 12.", "2025-10-06", new[] { "Feb. 12 = 2025-02-12" })]
    [InlineData("The report came out on 2025-02-12.", "2025-10-06", new[] { "2025-02-12 = 2025-02-12" })]
    [InlineData("It reaffirmed membership during the 2024 Washington Summit.", "2025-10-06", new[] { "2024 = 2024" })]
    [InlineData("The talks were informed by the May 16 negotiations in Istanbul.", "2025-10-06", new[] { "May 16 = 2025-05-16" })]
    [InlineData("Russia launched drones within 12 hours of the call.", "2025-10-06", new[] { "12 hours = PT12H" })]
    // Year-less dates: the last such day on or before the document's date, unless the text speaks of the future.
    [InlineData("The talks build on a March 18 discussion.", "2025-10-06", new[] { "March 18 = 2025-03-18" })]
    [InlineData("The talks build on a December 18 discussion.", "2025-10-06", new[] { "December 18 = 2024-12-18" })]
    [InlineData("The summit will open on March 18.", "2025-10-06", new[] { "March 18 = 2026-03-18" })]
    [InlineData("The upcoming March 18 summit is in Paris.", "2025-10-06", new[] { "March 18 = 2026-03-18" })]
    [InlineData("The summit opens Friday, January 3.", "2024-12-20", new[] { "Friday, January 3 = 2025-01-03" })]
    // With no word of tense, a date in the two months after the document's date is the coming one; a past cue keeps it behind.
    [InlineData("The vote is on February 20.", "2026-02-05", new[] { "February 20 = 2026-02-20" })]
    [InlineData("Drivers will walk out for two whole days from February 12.", "2026-02-05", new[] { "February 12 = 2026-02-12" })]
    [InlineData("The talks broke down on February 20.", "2026-02-05", new[] { "February 20 = 2025-02-20" })]
    [InlineData("The council voted on February 20.", "2026-02-05", new[] { "February 20 = 2025-02-20" })]
    [InlineData("The vote is on May 20.", "2026-02-05", new[] { "May 20 = 2025-05-20" })]
    // A tally before a day is no range of hours; after a word of time it is.
    [InlineData("The council voted 7–2 on Wednesday to dredge the basin.", "2026-03-12", new[] { "Wednesday = 2026-03-11" })]
    [InlineData("The court ruled 6-3 on Friday.", "2026-03-12", new[] { "Friday = 2026-03-06" })]
    [InlineData("The library is open from 9-5 on Saturday.", "2026-03-12", new[] { "9-5 on Saturday = null" })]
    // A season of a known year keeps TIMEX's form; one of no particular year ("in summer") has no value.
    [InlineData("The road closed in the spring of 2024.", "2025-05-19", new[] { "spring of 2024 = 2024-SP" })]
    [InlineData("The bridge will open this summer.", "2025-05-19", new[] { "this summer = 2025-SU" })]
    [InlineData("Work began last winter.", "2025-05-19", new[] { "last winter = 2024-WI" })]
    [InlineData("A review is due in autumn 2026.", "2025-05-19", new[] { "autumn 2026 = 2026-FA" })]
    [InlineData("In summer the road is busy.", "2025-05-19", new[] { "summer = null" })]
    // Relative expressions against the reference date.
    [InlineData("He spoke last Thursday.", "2024-11-04", new[] { "last Thursday = 2024-10-31" })]
    [InlineData("He left two days ago.", "2025-10-06", new[] { "two days ago = 2025-10-04" })]
    [InlineData("This morning he returned.", "2025-10-06", new[] { "This morning = 2025-10-06" })]
    [InlineData("On Monday he said so.", "2025-10-08", new[] { "Monday = 2025-10-06" })]
    public void Reads_dates_as_an_editor_would(string text, string reference, string[] expected)
    {
        DateTestArticles.Dates(text, reference).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Yesterday the council met.")]
    [InlineData("He left two days ago.")]
    [InlineData("He spoke last Thursday.")]
    public void Relative_expressions_stay_unresolved_without_a_document_date(string text)
    {
        var dates = DateTestArticles.Analyze(text, null).Dates;

        dates.Should().ContainSingle().Which.Should().Match<DateMention>(d => d.IsRelative && d.Value == null && d.Start == null);
    }

    [Fact]
    public void A_season_has_no_days_because_where_one_begins_depends_on_the_hemisphere()
    {
        var season = DateTestArticles.Analyze("The road closed in the spring of 2024.", "2025-05-19").Dates.Should().ContainSingle().Subject;

        season.Should().Match<DateMention>(d => d.Value == "2024-SP" && d.Type == DateMentionType.DateRange && !d.IsRelative && d.Start == null && d.End == null);
    }

    [Fact]
    public void Explicit_dates_resolve_without_a_document_date_but_year_less_ones_do_not()
    {
        DateTestArticles.Dates("It opened on May 19, 2025 and closed on March 18.", null)
            .Should().Equal("May 19, 2025 = 2025-05-19", "March 18 = null");
    }

    [Theory]
    [InlineData("today", true)]
    [InlineData("last Thursday", true)]
    [InlineData("two days ago", true)]
    [InlineData("on Monday", true)]
    [InlineData("this morning", true)]
    [InlineData("March 18", false)]
    [InlineData("May 19, 2025", false)]
    public void Marks_relative_expressions(string expression, bool relative)
    {
        var dates = DateTestArticles.Analyze($"The council met {expression} in the city.", "2025-10-06").Dates;

        dates.Should().ContainSingle().Which.IsRelative.Should().Be(relative);
    }

    [Theory]
    [InlineData("de", "Der Rat tagte gestern, am 12. Februar, in Berlin.", "gestern = 2025-02-13", "12. Februar = 2025-02-12")]
    [InlineData("fr", "Le conseil s'est réuni hier, le 12 février, à Paris.", "hier = 2025-02-13", "12 février = 2025-02-12")]
    [InlineData("es", "El consejo se reunió ayer, 12 de febrero, en Madrid.", "ayer = 2025-02-13", "12 de febrero = 2025-02-12")]
    public void Reads_the_documents_language(string language, string sentence, string relative, string explicitDate)
    {
        var markdown = $"---\nlang: {language}\ndate: 2025-02-14\n---\n\n{sentence}\n";

        var result = DateTestArticles.Analyze(markdown, null, ArticleFormat.Markdown);

        result.Dates.Select(DateTestArticles.Describe).Should().Contain([relative, explicitDate]);
    }

    [Fact]
    public void Records_the_time_spent_in_date_recognition()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Options);

        result.Timings.Dates.Should().BePositive();
    }

    [Fact]
    public void A_long_sentence_is_read_around_its_dates_and_keeps_every_part_of_an_expression()
    {
        var filler = string.Join(", ", Enumerable.Repeat("and the committee heard the arguments of every member again", 8));
        var text = $"The council met {filler}, and the vote happens today, May 19, 2025, at 10:00 AM after {filler} on Tuesday.";

        var result = DateTestArticles.Analyze(text, "2025-10-06");

        result.Dates.Select(DateTestArticles.Describe).Should().Contain(["May 19, 2025 = 2025-05-19", "Tuesday = 2025-09-30"]);
        result.Findings.Should().ContainSingle(f => f.RuleName == "date-mismatch").Which.Excerpt.Should().Be("today, May 19, 2025");
    }

    [Fact]
    public void A_run_of_dates_with_no_sentence_end_is_read_in_parts_without_losing_a_date()
    {
        // A schedule with no full stop merges its dates into one long window; it is cut between dates, never inside one.
        var days = Enumerable.Range(1, 24).Select(d => $"the meeting on Tuesday and again {d} days later, then the day after tomorrow").ToList();
        var text = "The plan lists " + string.Join(", ", days) + ".";
        text.Length.Should().BeGreaterThan(1500);

        var dates = DateTestArticles.Analyze(text, "2025-10-06").Dates.Select(d => d.Text).ToList();

        dates.Count(d => d == "Tuesday").Should().Be(24);
        dates.Count(d => d == "the day after tomorrow").Should().Be(24);
    }
}
