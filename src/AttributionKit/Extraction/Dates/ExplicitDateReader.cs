using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Reads, without the recognizer, the text around a trigger when it holds nothing but plain explicit dates:
/// <c>May 19, 2025</c>, <c>19 May 2025</c>, <c>19. Mai 2025</c>, <c>19 de mayo de 2025</c>, <c>19.05.2025</c>,
/// <c>19/05/2025</c>, <c>2025-05-19</c>, <c>May 2019</c>, <c>2019</c>. These are the commonest dates in news text and
/// the recognizer spends milliseconds on each; what it makes of them is fixed (a date, a month or a year), and this
/// reader gives exactly that, as it does for a bare year bounded by the one word before it (<c>bis 2030</c>,
/// <c>since 2016</c>: <c>Lexicons/Dates/year-bounds.tsv</c>). Anything else that could change a date (a weekday, a
/// time, "end of", a range, a month without a year, a number it does not place) sends the whole text to the
/// recognizer instead.
/// </summary>
internal static partial class ExplicitDateReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly FrozenDictionary<string, ExplicitDateContext> Context = LoadContext();

    // Per language, the words that make a bare year right after them a bound ("bis 2030"), with the recognizer's modifier.
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Bounds = LoadBounds();

    // Full dates first, then months, then years: a year inside a date belongs to the date.
    private static readonly FrozenDictionary<string, Regex[]> Patterns = new Dictionary<string, Regex[]>(StringComparer.Ordinal)
    {
        ["en"] = [IsoDate(), EnglishMonthDayYear(), EnglishDayMonthYear(), MonthYear(), Year()],
        ["de"] = [IsoDate(), GermanDayMonthYear(), DottedDate(), MonthYear(), Year()],
        ["fr"] = [IsoDate(), FrenchDayMonthYear(), SlashedDate(), MonthYear(), Year()],
        ["es"] = [IsoDate(), SpanishDayMonthYear(), SlashedDate(), SpanishMonthYear(), Year()],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Reads the plain explicit dates of <paramref name="text"/> (which starts at <paramref name="offset"/> in the main
    /// text) into <paramref name="results"/>, as the recognizer would give them; false, adding nothing, when the text
    /// holds anything else the recognizer should read.
    /// </summary>
    /// <param name="text">The text around one or more triggers.</param>
    /// <param name="offset">Where <paramref name="text"/> starts in the main text.</param>
    /// <param name="words">The trigger words of the page's recognizer language.</param>
    /// <param name="triggers">Where triggers start in <paramref name="text"/> (<see cref="DateSentenceFilter.FindTriggers"/>).</param>
    /// <param name="results">Receives the dates read.</param>
    public static bool TryRead(string text, int offset, DateTriggerWords words, IEnumerable<int> triggers, List<RecognizedDate> results)
    {
        // Every plain explicit date has its year in four digits; most texts around a trigger have none.
        var language = words.Language;
        if (!HasFourDigitRun(text) || !Context.TryGetValue(language, out var context) || !Patterns.TryGetValue(language, out var patterns))
        {
            return false;
        }

        var found = new List<(int Start, int End, int Year, int Month, int Day)>();
        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (found.Any(f => f.Start < match.Index + match.Length && match.Index < f.End))
                {
                    continue;
                }

                // Not a date after all ("in 2019" read as a month and year): the next pattern may place its numbers.
                // A date this reader is unsure of ("august 2007", "Sept. 2019", "31 June 2019") is the recognizer's.
                var (date, sure) = Read(match, words);
                if (!sure)
                {
                    return false;
                }

                if (date is null)
                {
                    continue;
                }

                found.Add((match.Index, match.Index + match.Length, date.Value.Year, date.Value.Month, date.Value.Day));
            }
        }

        if (found.Count == 0 || !EverythingDateLikeIsInside(text, triggers, found))
        {
            return false;
        }

        var bounds = Bounds.GetValueOrDefault(language);
        var read = new List<(int Start, int End, int Year, int Month, int Day, string? Mod)>(found.Count);
        foreach (var (start, end, year, month, day) in found)
        {
            if (Stands(text, start, end, context))
            {
                read.Add((start, end, year, month, day, null));
            }
            else if (month == 0 && bounds is not null && BoundBefore(text, start, bounds) is { } bound && Stands(text, bound.Start, end, context))
            {
                read.Add((bound.Start, end, year, month, day, bound.Mod));
            }
            else
            {
                return false;
            }
        }

        foreach (var (start, end, year, month, day, mod) in read.OrderBy(f => f.Start))
        {
            var range = new TextRange(offset + start, offset + end);
            results.Add(mod is null ? ToRecognized(range, year, month, day) : ToBound(range, year, mod));
        }

        return true;
    }

    // "bis 2030": the bound word right before a year, one space away, with its modifier.
    private static (int Start, string Mod)? BoundBefore(string text, int yearStart, FrozenDictionary<string, string> bounds)
    {
        if (yearStart < 2 || text[yearStart - 1] != ' ')
        {
            return null;
        }

        var start = yearStart - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < yearStart - 1 && bounds.TryGetValue(text[start..(yearStart - 1)], out var mod) ? (start, mod) : null;
    }

    // The recognizer's form of a bounded year: "bis 2030" ends where 2030 starts, "seit 2016" starts where 2016 does,
    // "after 2019" starts with 2020.
    private static RecognizedDate ToBound(TextRange range, int year, string mod)
    {
        var invariant = CultureInfo.InvariantCulture;
        var timex = year.ToString("0000", invariant);
        var values = new Dictionary<string, string>
        {
            ["timex"] = timex,
            ["Mod"] = mod,
            ["type"] = "daterange",
            ["sourceEntity"] = "datetimerange",
        };
        if (mod == "before")
        {
            values["end"] = new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", invariant);
        }
        else
        {
            values["start"] = new DateOnly(mod == "after" ? year + 1 : year, 1, 1).ToString("yyyy-MM-dd", invariant);
        }

        return new RecognizedDate(range, "datetimeV2.daterange", timex, [values]);
    }

    // The recognizer's own form of each: a date, a month range, a year range.
    private static RecognizedDate ToRecognized(TextRange range, int year, int month, int day)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (day > 0)
        {
            var timex = new DateOnly(year, month, day).ToString("yyyy-MM-dd", invariant);
            return new RecognizedDate(range, "datetimeV2.date", timex, [new Dictionary<string, string> { ["timex"] = timex, ["type"] = "date", ["value"] = timex }]);
        }

        var first = new DateOnly(year, Math.Max(month, 1), 1);
        var next = month > 0 ? first.AddMonths(1) : first.AddYears(1);
        var span = month > 0 ? first.ToString("yyyy-MM", invariant) : first.ToString("yyyy", invariant);
        return new RecognizedDate(range, "datetimeV2.daterange", span, [new Dictionary<string, string>
        {
            ["timex"] = span,
            ["type"] = "daterange",
            ["start"] = first.ToString("yyyy-MM-dd", invariant),
            ["end"] = next.ToString("yyyy-MM-dd", invariant),
        }]);
    }

    // The date a match names; none, surely, when its "month" is no month name ("in 2019"); not sure when it is a
    // month name but not as this language writes it in full (a lower-case English month, an abbreviation with its
    // full stop), or the day or year cannot be (31 June, 1750).
    private static ((int Year, int Month, int Day)? Date, bool Sure) Read(Match match, DateTriggerWords words)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = 0;
        if (match.Groups["mn"] is { Success: true } name)
        {
            month = DateLexicons.MonthOf(name.Value);
            if (month == 0)
            {
                return (null, true);
            }

            var abbreviated = name.Index + name.Length < match.Index + match.Length && match.Value[name.Index + name.Length - match.Index] == '.';
            if (name.Length < 3 || !words.Contains(name.Value) || abbreviated)
            {
                return (null, false);
            }
        }
        else if (match.Groups["m"] is { Success: true } number)
        {
            month = int.Parse(number.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var day = match.Groups["d"] is { Success: true } d ? int.Parse(d.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var valid = year is >= 1800 and <= 2099 && month is >= 0 and <= 12 && (day == 0 || (month > 0 && day <= DateTime.DaysInMonth(year, month)));
        return valid ? ((year, month, day), true) : (null, false);
    }

    // Every trigger word and every digit of the text must belong to one of the dates read.
    private static bool EverythingDateLikeIsInside(string text, IEnumerable<int> triggers, List<(int Start, int End, int Year, int Month, int Day)> found)
    {
        bool Inside(int position) => found.Any(f => position >= f.Start && position < f.End);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && !Inside(i))
            {
                return false;
            }
        }

        return triggers.All(Inside);
    }

    // Nothing that changes the date stands right before or after it.
    private static bool Stands(string text, int start, int end, ExplicitDateContext context)
    {
        var b = start;
        while (b > 0 && text[b - 1] == ' ')
        {
            b--;
        }

        if (WordsBefore(text, b, 3).Any(context.NotNear.Contains) || (b > 0 && text[b - 1] is '-' or '–' or '—' or '/' or '$' or '€' or '£' or '#' or '+'))
        {
            return false;
        }

        var a = end;
        if (a < text.Length && text[a] is '-' or '–' or '—' or '/' or '%')
        {
            return false;
        }

        while (a < text.Length && text[a] is ' ' or ',')
        {
            a++;
        }

        var wordEnd = a;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return (wordEnd == a || !context.NotAfter.Contains(text[a..wordEnd])) && (a >= text.Length || text[a] is not ('-' or '–' or '—'));
    }

    // Up to the last few words before a position, nearest first.
    private static IEnumerable<string> WordsBefore(string text, int position, int count)
    {
        var end = position;
        for (var n = 0; n < count; n++)
        {
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                yield break;
            }

            yield return text[start..end];
            end = start;
        }
    }

    private static bool HasFourDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = c is >= '0' and <= '9' ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> LoadBounds() =>
        Lexicon.Lines("Lexicons/Dates/year-bounds.tsv")
            .Select(line => line.Split('\t'))
            .GroupBy(columns => columns[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.ToFrozenDictionary(columns => columns[1], columns => columns[2], StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);

    private static FrozenDictionary<string, ExplicitDateContext> LoadContext()
    {
        static FrozenSet<string> Words(string column) => column.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var context = new Dictionary<string, ExplicitDateContext>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Lines("Lexicons/Dates/explicit-date-context.tsv"))
        {
            var columns = line.Split('\t');
            context[columns[0]] = new ExplicitDateContext(Words(columns[1]), Words(columns[2]));
        }

        return context.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\w./:-])(?<y>[0-9]{4})-(?<m>[0-9][0-9])-(?<d>[0-9][0-9])(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"(?<![\w.-])(?<mn>\p{L}+) (?<d>[0-9]{1,2}),? (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex EnglishMonthDayYear();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2}) (?<mn>\p{L}+),? (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex EnglishDayMonthYear();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2})\. ?(?<mn>\p{L}+) (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex GermanDayMonthYear();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2}) (?<mn>\p{L}+) (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex FrenchDayMonthYear();

    [GeneratedRegex(@"(?<![\w./:-])(?<d>[0-9]{1,2}) de (?<mn>\p{L}+) de (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex SpanishDayMonthYear();

    [GeneratedRegex(@"(?<![\w.-])(?<mn>\p{L}+) (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\w.-])(?<mn>\p{L}+) de (?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex SpanishMonthYear();

    [GeneratedRegex(@"(?<![\w./:-])(?<y>[0-9]{4})(?![\w/:-]|[.,]\d)", Options)]
    private static partial Regex Year();
}
