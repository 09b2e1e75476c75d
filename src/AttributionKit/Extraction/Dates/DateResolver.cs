namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Calendar arithmetic of the date stage: the year of a year-less date and the day of a relative weekday, both
/// counted from the reference date (the document's own date), never from the clock.
/// </summary>
internal static class DateResolver
{
    // How far to look for a year in which a year-less day exists (29 February: up to eight years).
    private const int YearSearch = 8;

    /// <summary>The day, or <see langword="null"/> when it does not exist (30 February).</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// The year a year-less date takes: the last such day on or before the reference date, or with
    /// <paramref name="future"/> the first such day on or after it.
    /// </summary>
    public static DateOnly? YearlessDate(int month, int day, DateOnly reference, bool future)
    {
        for (var k = 0; k <= YearSearch; k++)
        {
            var year = future ? reference.Year + k : reference.Year - k;
            if (TryDate(year, month, day) is { } d && (future ? d >= reference : d <= reference))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The year a year-less month takes: the last one begun by the reference date, or the next one not yet over.</summary>
    public static int YearlessMonth(int month, DateOnly reference, bool future)
    {
        if (future)
        {
            return month >= reference.Month ? reference.Year : reference.Year + 1;
        }

        return month <= reference.Month ? reference.Year : reference.Year - 1;
    }

    /// <summary>
    /// The day a weekday names, counted from the reference date: a bare weekday ("on Monday") is the last such day on
    /// or before it (or, in a sentence about the future, the next on or after it); "last Thursday" the last before it;
    /// "next Monday" the next after it; "this Friday" the one in its week.
    /// </summary>
    public static DateOnly Weekday(DayOfWeek day, WeekdayModifier modifier, DateOnly reference, bool future) => modifier switch
    {
        WeekdayModifier.Last => Previous(day, reference),
        WeekdayModifier.Next => Following(day, reference),
        WeekdayModifier.This => InWeekOf(day, reference),
        _ => future ? (reference.DayOfWeek == day ? reference : Following(day, reference))
                    : (reference.DayOfWeek == day ? reference : Previous(day, reference)),
    };

    /// <summary>
    /// Every day a relative weekday may fairly be read as. Usage differs: said on a Friday, "last Thursday" is
    /// yesterday to some writers and the Thursday of the week before to others; the check accepts either.
    /// </summary>
    public static IReadOnlyList<DateOnly> WeekdayReadings(DayOfWeek day, WeekdayModifier modifier, DateOnly reference)
    {
        var readings = modifier switch
        {
            WeekdayModifier.Last => new[] { Previous(day, reference), InWeekOf(day, reference.AddDays(-7)) },
            WeekdayModifier.Next => new[] { Following(day, reference), InWeekOf(day, reference.AddDays(7)) },
            WeekdayModifier.This => new[] { InWeekOf(day, reference), Following(day, reference), Previous(day, reference) },
            _ => new[] { Weekday(day, modifier, reference, false), Weekday(day, modifier, reference, true) },
        };
        return readings.Distinct().ToList();
    }

    /// <summary>The last <paramref name="day"/> strictly before <paramref name="reference"/>.</summary>
    public static DateOnly Previous(DayOfWeek day, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(back == 0 ? -7 : -back);
    }

    /// <summary>The first <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly Following(DayOfWeek day, DateOnly reference)
    {
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The <paramref name="day"/> of the ISO week (Monday to Sunday) holding <paramref name="reference"/>.</summary>
    public static DateOnly InWeekOf(DayOfWeek day, DateOnly reference)
    {
        static int Iso(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;
        return reference.AddDays(Iso(day) - Iso(reference.DayOfWeek));
    }
}
