namespace AttributionKit.Extraction.Dates;

/// <summary>A day written out as a calendar date: "May 19, 2025", "12 February", "2025-02-12".</summary>
/// <param name="Range">Where it stands in the main text.</param>
/// <param name="Text">As written.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Day">The day of the month.</param>
/// <param name="Year">The year when written; <see langword="null"/> for a year-less date.</param>
/// <param name="Date">The resolved day (for a year-less date, the year chosen), when known.</param>
internal sealed record CalendarDatePart(TextRange Range, string Text, int Month, int Day, int? Year, DateOnly? Date) : DatePart(Range, Text)
{
    /// <summary>
    /// The days the date may name: its own when it has a year; otherwise the last such day on or before the reference
    /// date and the next one on or after it (a year-less date in a news text is one of the two).
    /// </summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="weekday">What a weekday written with the date makes of it: "last Thursday" rules out the future reading, "next Monday" the past one.</param>
    public IReadOnlyList<DateOnly> PlausibleDates(DateOnly? reference, WeekdayModifier weekday = WeekdayModifier.None)
    {
        if (Year is { } y)
        {
            return DateResolver.TryDate(y, Month, Day) is { } d ? [d] : [];
        }

        if (reference is not { } r)
        {
            return [];
        }

        var result = new List<DateOnly>(2);
        if (weekday != WeekdayModifier.Next && DateResolver.YearlessDate(Month, Day, r, future: false) is { } past)
        {
            result.Add(past);
        }

        if (weekday != WeekdayModifier.Last && DateResolver.YearlessDate(Month, Day, r, future: true) is { } next && !result.Contains(next))
        {
            result.Add(next);
        }

        return result;
    }

    /// <summary>Whether the date names <paramref name="day"/> (for a year-less date: the same month and day).</summary>
    public bool Names(DateOnly day) => Year is { } y ? Date == day || (y == day.Year && Month == day.Month && Day == day.Day) : Month == day.Month && Day == day.Day;
}
