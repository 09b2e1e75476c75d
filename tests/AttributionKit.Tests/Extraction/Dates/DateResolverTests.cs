using AttributionKit.Extraction.Dates;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateResolverTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(3, 18, "2025-10-06", false, "2025-03-18")]
    [InlineData(12, 18, "2025-10-06", false, "2024-12-18")]
    [InlineData(10, 6, "2025-10-06", false, "2025-10-06")]
    [InlineData(3, 18, "2025-10-06", true, "2026-03-18")]
    [InlineData(11, 5, "2024-10-30", true, "2024-11-05")]
    [InlineData(2, 29, "2025-10-06", false, "2024-02-29")]
    public void Year_less_dates_take_the_nearest_plausible_year(int month, int day, string reference, bool future, string expected)
    {
        DateResolver.YearlessDate(month, day, D(reference), future).Should().Be(D(expected));
    }

    [Theory]
    [InlineData(DayOfWeek.Thursday, "last", "2024-11-04", "2024-10-31")]
    [InlineData(DayOfWeek.Thursday, "last", "2024-11-01", "2024-10-31")]
    [InlineData(DayOfWeek.Monday, "next", "2024-10-30", "2024-11-04")]
    [InlineData(DayOfWeek.Friday, "this", "2025-10-06", "2025-10-10")]
    [InlineData(DayOfWeek.Monday, "none", "2025-10-08", "2025-10-06")]
    [InlineData(DayOfWeek.Monday, "none", "2025-10-06", "2025-10-06")]
    public void Weekdays_count_from_the_reference_date(DayOfWeek day, string modifier, string reference, string expected)
    {
        DateResolver.Weekday(day, Enum.Parse<WeekdayModifier>(modifier, ignoreCase: true), D(reference), future: false).Should().Be(D(expected));
    }

    [Fact]
    public void Last_weekday_accepts_both_usual_readings()
    {
        // Said on Friday 1 November 2024: yesterday (31 October) or the Thursday of the week before (24 October).
        DateResolver.WeekdayReadings(DayOfWeek.Thursday, WeekdayModifier.Last, D("2024-11-01"))
            .Should().BeEquivalentTo([D("2024-10-31"), D("2024-10-24")]);
    }
}
