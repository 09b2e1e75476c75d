namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The cheap test run before the recognizer: a sentence can hold a date only if it has one of its language's date
/// words (<see cref="DateTriggerWords"/>: month and weekday names, "today", "ago", "week"...) or a number shaped like
/// part of a date or time (a year, <c>10:00</c>, <c>5/19</c>, <c>19.05.2025</c>, <c>10AM</c>, <c>3rd</c>). Plain counts
/// ("200 drones", "76 of 112", "1000 Euro"), ranges ("ages 9-14") and list numbers ("2.") do not count: most sentences
/// of an article pass no test, and the recognizer costs milliseconds per call.
/// </summary>
internal static class DateSentenceFilter
{
    // Years a news page writes as a bare number; "1500 people" and "2500 euros" are counts.
    private const int FirstYear = 1800;
    private const int LastYear = 2099;

    /// <summary>Whether the text may hold a date or time expression.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text, DateTriggerWords words) => Scan(text, words, null);

    /// <summary>Where in the text something date-like stands (a trigger word, a date-shaped number), in order.</summary>
    public static List<(int Start, int End)> FindTriggers(ReadOnlySpan<char> text, DateTriggerWords words)
    {
        var positions = new List<(int Start, int End)>();
        Scan(text, words, positions);
        return positions;
    }

    // With no list, stops at the first trigger; with one, collects them all.
    private static bool Scan(ReadOnlySpan<char> text, DateTriggerWords words, List<(int Start, int End)>? positions)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsDigit(c))
            {
                var end = i;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                if ((start < 0 || i == 0 || !char.IsLetter(text[i - 1])) && IsDateShaped(text, i, end))
                {
                    if (positions is null)
                    {
                        return true;
                    }

                    positions.Add((i, end));
                }

                start = -1;
                i = end - 1;
                continue;
            }

            if (char.IsLetter(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                // Words longer than any trigger cannot be one; skip the allocation.
                if (i - start <= words.LongestWord && words.Contains(text[start..i].ToString()))
                {
                    if (positions is null)
                    {
                        return true;
                    }

                    positions.Add((start, i));
                }

                start = -1;
            }
        }

        return positions is { Count: > 0 };
    }

    // A number that can be part of a date or time: a year, a part of 10:00 / 5/19 / 19.05.2025 / 1.12. / 19-05-2025 /
    // 2025-05-19, a clock time (10AM, 10 p.m., 15h30, 15 Uhr), an English or French ordinal day (3rd, 1er). A day
    // written "12." needs its month name beside it, which is a trigger of its own.
    private static bool IsDateShaped(ReadOnlySpan<char> text, int start, int end)
    {
        var length = end - start;
        if (length == 4)
        {
            var year = ((text[start] - '0') * 1000) + ((text[start + 1] - '0') * 100) + ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
            return year is >= FirstYear and <= LastYear;
        }

        if (length > 2)
        {
            return false;
        }

        var rest = text[end..];
        if (rest.Length >= 2 && rest[0] is ':' or '/' && char.IsDigit(rest[1]))
        {
            return true;
        }

        if (rest.Length >= 3 && rest[0] is '.' or '-' && char.IsDigit(rest[1]))
        {
            // "19.05.2025", "19-05-2025", "am 1.12." and "10.30 a.m." are dates and times; "3.5 percent" and
            // "ages 9-14" are not.
            var second = rest[1..];
            var digits = 0;
            while (digits < second.Length && char.IsDigit(second[digits]))
            {
                digits++;
            }

            var after = second[digits..];
            return digits <= 2 && ((after.Length >= 2 && after[0] == rest[0] && char.IsDigit(after[1]))
                || (rest[0] == '.' && ((after.Length > 0 && after[0] == '.') || IsClockSuffix(after.TrimStart(' ')))));
        }

        var word = rest.TrimStart(' ');
        return IsClockSuffix(word)
            || StartsWithWord(rest, "st") || StartsWithWord(rest, "nd") || StartsWithWord(rest, "rd") || StartsWithWord(rest, "th")
            || StartsWithWord(rest, "er") || (rest.Length > 0 && rest[0] == 'º')
            || (rest.Length > 1 && rest[0] is 'h' or 'H' && char.IsDigit(rest[1]));
    }

    // "10 am", "10 p.m.", "15 Uhr", "15 h".
    private static bool IsClockSuffix(ReadOnlySpan<char> word) =>
        StartsWithWord(word, "am") || StartsWithWord(word, "pm") || StartsWithWord(word, "uhr") || StartsWithWord(word, "h")
        || word.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || word.StartsWith("p.m", StringComparison.OrdinalIgnoreCase);

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
