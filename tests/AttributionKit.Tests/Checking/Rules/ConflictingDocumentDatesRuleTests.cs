using AttributionKit.Checking;
using AttributionKit.Checking.Rules;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class ConflictingDocumentDatesRuleTests
{
    private static DocumentDate Date(string date, string? time = null, string? offset = null) => new(
        DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        offset is null ? null : TimeSpan.Parse(offset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture),
        DocumentDateSource.Meta,
        "test",
        DocumentDateRole.Published,
        date,
        null);

    [Theory]
    // Both instants known: a pure time-zone difference is the same moment.
    [InlineData("2025-05-19", "23:00", "00:00", "2025-05-20", "00:00", "01:00", false)]
    [InlineData("2025-05-19", "09:41", "00:00", "2025-05-19", "12:03", "00:00", false)]
    [InlineData("2025-05-19", "22:00", "-04:00", "2025-05-20", "02:00", "00:00", false)]
    [InlineData("2025-05-19", "09:41", "00:00", "2025-05-21", "09:41", "00:00", true)]
    // Dates without instants: one day may be the zone; two days are not.
    [InlineData("2025-05-19", null, null, "2025-05-20", null, null, false)]
    [InlineData("2025-05-19", null, null, "2025-05-21", null, null, true)]
    [InlineData("2025-05-19", "23:30", "00:00", "2025-10-06", null, null, true)]
    public void Compares_beyond_time_zone_effects(string d1, string? t1, string? o1, string d2, string? t2, string? o2, bool conflict)
    {
        ConflictingDocumentDatesRule.Conflict(Date(d1, t1, o1), Date(d2, t2, o2)).Should().Be(conflict);
    }

    [Fact]
    public void Fires_on_front_matter_dates_that_disagree()
    {
        var markdown = "---\ndate: 2025-05-19\npublished: 2025-05-23\n---\n\n# The council meets again\n\nThe council met in the city hall.\n";

        var findings = DateTestArticles.Analyze(markdown, null, ArticleFormat.Markdown).Findings.Where(f => f.Rule == ConflictingDocumentDatesRule.Rule).ToList();

        findings.Should().ContainSingle();
        findings[0].Severity.Should().Be(Severity.Warning);
        findings[0].Range.Should().BeNull();
        findings[0].Excerpt.Should().Be("2025-05-23");
        findings[0].Message.Should().Contain("2025-05-19").And.Contain("2025-05-23");
        findings[0].Span.Line.Should().Be(3);
    }

    [Theory]
    [InlineData("date: 2025-05-19T23:00:00+00:00\npublished: 2025-05-20T00:00:00+01:00")]
    [InlineData("date: 2025-05-19\nmodified: 2025-06-01")]
    [InlineData("date: 2025-05-19\npublished: 2025-05-20")]
    [InlineData("date: 2025-05-19")]
    public void Stays_quiet_on_time_zones_updates_and_single_dates(string frontMatter)
    {
        var markdown = $"---\n{frontMatter}\n---\n\n# The council meets again\n\nThe council met in the city hall.\n";

        DateTestArticles.Analyze(markdown, null, ArticleFormat.Markdown).Findings.Should().NotContain(f => f.Rule == ConflictingDocumentDatesRule.Rule);
    }
}
