namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A title in quote marks after "of" inside a speaker's description ("said Dana Holt, the author of ''Harbour
/// Lights,'' who …"): the marks name a book or show, not speech, and the title belongs to the description.
/// </summary>
internal static class QuotedTitle
{
    // How many words a title in quote marks may hold ("Those Guys Have All the Fun: Inside the World of ESPN").
    private const int MaxTitleWords = 12;

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("'\"“”‘’");
    private static readonly System.Buffers.SearchValues<char> OpeningMarks = System.Buffers.SearchValues.Create("'\"“‘");
    private static readonly System.Buffers.SearchValues<char> ClosingPunctuation = System.Buffers.SearchValues.Create(",'\"”’");

    /// <summary>
    /// The last word of the quoted title that follows the "of" at <paramref name="of"/> ("the co-author of ''Harbour
    /// Lights''"), or null when none does: the title opens with a capital right after an opening mark and closes within
    /// a few words.
    /// </summary>
    public static int? LastWordAfterOf(string text, List<WordToken> words, int of)
    {
        if (of + 1 >= words.Count || words[of].InQuote || words[of].Lower != "of" || !words[of + 1].InQuote || !words[of + 1].IsCapitalized
            || !IsMarksOnly(text.AsSpan(words[of].End, words[of + 1].Start - words[of].End).Trim()))
        {
            return null;
        }

        var j = of + 1;
        while (j + 1 < words.Count && j - of < MaxTitleWords && words[j + 1].InQuote && !HasMark(text.AsSpan(words[j].End, words[j + 1].Start - words[j].End)))
        {
            j++;
        }

        return HasMark(GapAfter(text, words, j)) ? j : null;
    }

    /// <summary>
    /// The "of" before the quoted title whose last word is <paramref name="last"/> and whose closing marks follow a comma
    /// ("Dana Holt, the co-author of ''Harbour Lights,'' said"), or null when that word ends no such title.
    /// </summary>
    public static int? OfBeforeTitleEndingAt(string text, List<WordToken> words, int last)
    {
        for (var of = last - 1; of >= 0 && last - of <= MaxTitleWords; of--)
        {
            if (!words[of].InQuote)
            {
                return LastWordAfterOf(text, words, of) == last && ClosesWithComma(text, words, last) ? of : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The text and words with the marks around the title between <paramref name="of"/> and <paramref name="last"/> blanked
    /// out and its words read as plain words, so the rules for a speaker's description read the title as part of it.
    /// Offsets do not move.
    /// </summary>
    public static (string Text, List<WordToken> Words) WithoutMarks(string text, List<WordToken> words, int of, int last)
    {
        var chars = text.ToCharArray();
        var closesAt = last + 1 < words.Count ? words[last + 1].Start : text.Length;
        foreach (var (from, to) in new[] { (words[of].End, words[of + 1].Start), (words[last].End, closesAt) })
        {
            for (var i = from; i < to; i++)
            {
                if (Marks.Contains(chars[i]))
                {
                    chars[i] = ' ';
                }
            }
        }

        var plain = new List<WordToken>(words);
        for (var k = of + 1; k <= last; k++)
        {
            plain[k] = plain[k] with { InQuote = false };
        }

        return (new string(chars), plain);
    }

    /// <summary>Where the punctuation closing the title that ends with <paramref name="last"/> ends (",''", ".”").</summary>
    public static int EndOfClosingMarks(string text, WordToken last)
    {
        var end = last.End;
        while (end < text.Length && text[end] is ',' or '.' or '\'' or '"' or '”' or '’')
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether the gap after the title's last word is a comma with the closing marks around it (",''", "”,").</summary>
    public static bool ClosesWithComma(string text, List<WordToken> words, int last)
    {
        var gap = GapAfter(text, words, last).Trim();
        return gap.Contains(',') && gap.IndexOfAnyExcept(ClosingPunctuation) < 0;
    }

    private static ReadOnlySpan<char> GapAfter(string text, List<WordToken> words, int k) =>
        text.AsSpan(words[k].End, (k + 1 < words.Count ? words[k + 1].Start : text.Length) - words[k].End);

    private static bool HasMark(ReadOnlySpan<char> gap) => gap.IndexOfAny(Marks) >= 0;

    private static bool IsMarksOnly(ReadOnlySpan<char> gap) => !gap.IsEmpty && gap.IndexOfAnyExcept(OpeningMarks) < 0;
}
