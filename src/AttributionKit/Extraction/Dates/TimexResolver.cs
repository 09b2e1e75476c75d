using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Turns the recognizer's TIMEX expressions into the values of <see cref="DateMention"/>. Year-less dates
/// (<c>XXXX-03-18</c>) take their year from <see cref="DateResolver"/>, not from the recognizer, whose choice
/// between past and future readings is not the one a news text needs.
/// </summary>
internal static partial class TimexResolver
{
    // How far after the document's date a year-less date with no word of tense is read as the coming one: past it, a
    // writer who means next year says so. Two months covers the events an article announces.
    private const int UpcomingDays = 62;

    /// <summary>Resolves a recognizer match's value.</summary>
    /// <param name="typeName">The recognizer's type name.</param>
    /// <param name="timex">The TIMEX expression.</param>
    /// <param name="values">The recognizer's own resolutions, used when the TIMEX is of a form not read here.</param>
    /// <param name="reference">The reference date, or <see langword="null"/> when the document has none.</param>
    /// <param name="future">Whether the sentence speaks of the future (year-less dates then look ahead).</param>
    /// <param name="past">Whether the words before it put the date in the past (a year-less date then never looks ahead).</param>
    /// <param name="weekday">A weekday written with a year-less date, which picks between its past and future years.</param>
    public static ResolvedValue Resolve(string typeName, string timex, IReadOnlyList<IReadOnlyDictionary<string, string>> values, DateOnly? reference, bool future, bool past, DayOfWeek? weekday)
    {
        var type = TypeOf(typeName);
        if (type is DateMentionType.Duration)
        {
            return new ResolvedValue(type, timex, null, null);
        }

        if (type is DateMentionType.Set)
        {
            return new ResolvedValue(type, timex, null, null);
        }

        var range = RangeTimex().Match(timex);
        if (range.Success)
        {
            return ResolveRange(type, range.Groups["a"].Value, range.Groups["b"].Value, range.Groups["d"].Value, reference, future, past);
        }

        var day = DayTimex().Match(timex);
        if (day.Success)
        {
            var date = DayOf(day, reference, future, past, weekday);
            var time = day.Groups["t"].Value;
            if (date is not { } d)
            {
                return new ResolvedValue(type == DateMentionType.DateTime ? type : DateMentionType.Date, null, null, null);
            }

            var iso = Iso(d);
            if (time.Length > 0 && ClockTime(time) is { } clock)
            {
                return new ResolvedValue(DateMentionType.DateTime, iso + "T" + clock, d, d);
            }

            return new ResolvedValue(time.Length > 0 ? DateMentionType.DateTime : DateMentionType.Date, iso, d, d);
        }

        var month = MonthTimex().Match(timex);
        if (month.Success)
        {
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            int? y = month.Groups["y"].Value == "XXXX"
                ? reference is { } r ? DateResolver.YearlessMonth(m, r, future) : null
                : int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (y is not { } year || year is < 1 or > 9999 || m is < 1 or > 12)
            {
                return new ResolvedValue(DateMentionType.Date, null, null, null);
            }

            var first = new DateOnly(year, m, 1);
            return new ResolvedValue(DateMentionType.Date, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1).AddDays(-1));
        }

        if (YearTimex().IsMatch(timex))
        {
            var year = int.Parse(timex, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9999
                ? new ResolvedValue(DateMentionType.Date, timex, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
                : new ResolvedValue(DateMentionType.Date, timex, null, null);
        }

        var weekdayTimex = WeekdayTimex().Match(timex);
        if (weekdayTimex.Success)
        {
            var dow = (DayOfWeek)(int.Parse(weekdayTimex.Groups["n"].Value, CultureInfo.InvariantCulture) % 7);
            if (reference is not { } r)
            {
                return new ResolvedValue(type, null, null, null);
            }

            var d = DateResolver.Weekday(dow, WeekdayModifier.None, r, future);
            var clock = weekdayTimex.Groups["t"].Value is { Length: > 0 } t ? ClockTime(t) : null;
            return new ResolvedValue(type, clock is null ? Iso(d) : Iso(d) + "T" + clock, d, d);
        }

        if (SeasonTimex().IsMatch(timex))
        {
            // "spring of 2024", "this summer": a season of a known year keeps TIMEX's own form (2024-SP). It has no days:
            // where a season begins depends on the hemisphere and on whether the writer counts by months or equinoxes.
            return new ResolvedValue(DateMentionType.DateRange, timex, null, null);
        }

        if (timex.StartsWith('T'))
        {
            return new ResolvedValue(DateMentionType.Time, ClockTime(timex), null, null);
        }

        return FromValues(type, values, reference);
    }

    /// <summary>The clock time of a TIMEX time part (<c>T10</c> → <c>10:00</c>), or <see langword="null"/> for a part of day (<c>TMO</c>).</summary>
    public static string? ClockTime(string time)
    {
        var m = ClockTimex().Match(time);
        return m.Success ? $"{m.Groups["h"].Value}:{(m.Groups["min"].Success ? m.Groups["min"].Value : "00")}" : null;
    }

    /// <summary>The date part of a TIMEX when it names one day, with the year resolved.</summary>
    public static DateOnly? DayOf(string timex, DateOnly? reference, bool future, bool past, DayOfWeek? weekday)
    {
        var m = DayTimex().Match(timex);
        return m.Success ? DayOf(m, reference, future, past, weekday) : null;
    }

    /// <summary>The kind of mention for a recognizer type name.</summary>
    public static DateMentionType TypeOf(string typeName)
    {
        var kind = typeName[(typeName.LastIndexOf('.') + 1)..];
        return kind switch
        {
            "daterange" => DateMentionType.DateRange,
            "datetime" or "datetimerange" => DateMentionType.DateTime,
            "time" or "timerange" => DateMentionType.Time,
            "duration" => DateMentionType.Duration,
            "set" => DateMentionType.Set,
            _ => DateMentionType.Date,
        };
    }

    private static DateOnly? DayOf(Match m, DateOnly? reference, bool future, bool past, DayOfWeek? weekday)
    {
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value != "XXXX")
        {
            return DateResolver.TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day);
        }

        if (reference is not { } r)
        {
            return null;
        }

        var last = DateResolver.YearlessDate(month, day, r, future: false);
        var next = DateResolver.YearlessDate(month, day, r, future: true);
        if (weekday is { } w)
        {
            // The weekday written with the date tells its year when only one reading agrees ("Friday, January 3").
            if (last?.DayOfWeek == w && next?.DayOfWeek != w)
            {
                return last;
            }

            if (next?.DayOfWeek == w && last?.DayOfWeek != w)
            {
                return next;
            }
        }

        // With no word of tense, a date in the weeks just after the document's is the coming one: a news text leaves
        // out the year of the days around it ("the vote is on February 20" in an article of February 5).
        var upcoming = !past && next is { } n && n.DayNumber - r.DayNumber <= UpcomingDays;
        return future || upcoming ? next : last;
    }

    private static ResolvedValue ResolveRange(DateMentionType type, string a, string b, string duration, DateOnly? reference, bool future, bool past)
    {
        if (ClockTime(a) is { } from && a.StartsWith('T') && ClockTime(b) is { } to)
        {
            return new ResolvedValue(DateMentionType.Time, from + "/" + to, null, null);
        }

        var start = DayTimex().Match(a);
        var end = DayTimex().Match(b);
        if (!start.Success || !end.Success)
        {
            return new ResolvedValue(type, null, null, null);
        }

        var first = DayOf(start, reference, future, past, null);
        DateOnly? last;
        if (end.Groups["y"].Value == "XXXX" && first is { } f)
        {
            // The end takes the start's year, or the next one when it would fall before the start (Dec 30–Jan 2).
            var month = int.Parse(end.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(end.Groups["d"].Value, CultureInfo.InvariantCulture);
            last = DateResolver.TryDate(f.Year, month, day) is { } same && same >= f ? same : DateResolver.TryDate(f.Year + 1, month, day);
        }
        else
        {
            last = DayOf(end, reference, future, past, null);
        }

        if (first is not { } s || last is not { } e)
        {
            return new ResolvedValue(type, null, null, null);
        }

        // Months, quarters, years and decades end where the next begins ("(1990-01-01,2000-01-01,P10Y)"); a written
        // day range ends on its written day ("May 8–10" is "(XXXX-05-08,XXXX-05-10,P2D)").
        if (e.Day == 1 && e > s && (duration.EndsWith('M') || duration.EndsWith('Y')) && !duration.StartsWith("PT", StringComparison.Ordinal))
        {
            e = e.AddDays(-1);
        }

        var rangeType = type == DateMentionType.Date ? DateMentionType.DateRange : type;
        if (rangeType == DateMentionType.DateTime)
        {
            return new ResolvedValue(rangeType, s == e ? Iso(s) : Iso(s) + "/" + Iso(e), s, e);
        }

        return new ResolvedValue(DateMentionType.DateRange, Iso(s) + "/" + Iso(e), s, e);
    }

    private static ResolvedValue FromValues(DateMentionType type, IReadOnlyList<IReadOnlyDictionary<string, string>> values, DateOnly? reference)
    {
        // Weeks, weekends, seasons: the recognizer's own resolution, which is relative to the reference it was given.
        if (reference is null || values.Count == 0)
        {
            return new ResolvedValue(type, null, null, null);
        }

        var v = values[0];
        if (v.TryGetValue("value", out var single) && ParseDay(single) is { } d)
        {
            return new ResolvedValue(type, Iso(d), d, d);
        }

        if (v.TryGetValue("start", out var startText) && v.TryGetValue("end", out var endText)
            && ParseDay(startText) is { } s && ParseDay(endText) is { } e)
        {
            // The recognizer's range end is exclusive at midnight.
            var last = e > s && endText.Length <= 10 ? e.AddDays(-1) : e;
            return new ResolvedValue(type == DateMentionType.Date ? DateMentionType.DateRange : type, Iso(s) + "/" + Iso(last), s, last);
        }

        return new ResolvedValue(type, null, null, null);
    }

    private static DateOnly? ParseDay(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\((?<a>[^,]+),(?<b>[^,]+),(?<d>P[^)]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"^(?<y>\d{4}|XXXX)-(?<m>\d{2})-(?<d>\d{2})(?<t>T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayTimex();

    [GeneratedRegex(@"^(?<y>\d{4}|XXXX)-(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearTimex();

    [GeneratedRegex(@"^\d{4}-(?:SP|SU|FA|WI)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonTimex();

    [GeneratedRegex(@"^XXXX-WXX-(?<n>[1-7])(?<t>T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayTimex();

    [GeneratedRegex(@"^T(?<h>\d{2})(?::(?<min>\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTimex();
}
