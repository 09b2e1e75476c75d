namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The cheap test run before the recognizer: a sentence can hold a date only if it has a digit, a month or weekday
/// name, or a word such as "today", "ago" or "week" (<c>Lexicons/Dates/date-trigger-words.txt</c>). Most sentences of
/// an article have none, and the recognizer costs a millisecond or more per sentence.
/// </summary>
internal static class DateSentenceFilter
{
    /// <summary>Whether the text may hold a date or time expression.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        var words = DateLexicons.TriggerWords;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsDigit(c))
            {
                return true;
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
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }
}
