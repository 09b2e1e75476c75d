namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The cheap test run before the recognizer: a sentence can hold a date only if it has a month or weekday name, a word
/// such as "today", "ago" or "week" (<c>Lexicons/Dates/date-trigger-words.txt</c>), or a number shaped like part of a
/// date or time (a year, <c>10:00</c>, <c>5/19</c>, <c>10AM</c>, <c>3rd</c>). Plain counts ("200 drones", "76 of 112")
/// do not count: most sentences of an article pass no test, and the recognizer costs a millisecond or more per sentence.
/// </summary>
internal static class DateSentenceFilter
{
    /// <summary>Whether the text may hold a date or time expression.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text) => Scan(text, null);

    /// <summary>Where in the text something date-like starts (a trigger word, a date-shaped number), in order.</summary>
    public static List<int> FindTriggers(ReadOnlySpan<char> text)
    {
        var positions = new List<int>();
        Scan(text, positions);
        return positions;
    }

    // With no list, stops at the first trigger; with one, collects them all.
    private static bool Scan(ReadOnlySpan<char> text, List<int>? positions)
    {
        var words = DateLexicons.TriggerWords;
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

                    positions.Add(i);
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
                if (i - start <= 12 && words.Contains(text[start..i].ToString()))
                {
                    if (positions is null)
                    {
                        return true;
                    }

                    positions.Add(start);
                }

                start = -1;
            }
        }

        return positions is { Count: > 0 };
    }

    // A number that can be part of a date or time: a year, a part of 10:00 / 5/19 / 19.05.2025 / 2025-05-19,
    // a clock time (10AM, 10 p.m., 15h30, 15 Uhr), an ordinal day (3rd, 1er, 12.).
    private static bool IsDateShaped(ReadOnlySpan<char> text, int start, int end)
    {
        var length = end - start;
        if (length == 4 && text[start] is '1' or '2')
        {
            return true;
        }

        if (length > 2)
        {
            return false;
        }

        var rest = text[end..];
        if (rest.Length >= 2 && rest[0] is ':' or '/' or '-' or '.' && char.IsDigit(rest[1]))
        {
            // "3.5 percent" is a decimal; "19.05.2025" and "10.30 a.m." are dates and times.
            return rest[0] != '.' || (rest.Length >= 4 && char.IsDigit(rest[2]) && rest[3] is '.' or ' ');
        }

        var word = rest.TrimStart(' ');
        return StartsWithWord(word, "am") || StartsWithWord(word, "pm") || StartsWithWord(word, "uhr") || StartsWithWord(word, "h")
            || word.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || word.StartsWith("p.m", StringComparison.OrdinalIgnoreCase)
            || (rest.Length > 0 && rest[0] == '.' && (rest.Length == 1 || rest[1] == ' '))
            || StartsWithWord(rest, "st") || StartsWithWord(rest, "nd") || StartsWithWord(rest, "rd") || StartsWithWord(rest, "th")
            || StartsWithWord(rest, "er") || StartsWithWord(rest, "e") || (rest.Length > 0 && rest[0] == 'º')
            || (rest.Length > 1 && rest[0] is 'h' or 'H' && char.IsDigit(rest[1]));
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
