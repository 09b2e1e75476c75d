using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Splits text into words. A word keeps its inner apostrophes, hyphens and dots (<c>Russia’s</c>,
/// <c>leader-to-leader</c>, <c>U.S.</c>) and the full stop of a known abbreviation or an initial (<c>Sen.</c>, <c>J.</c>).
/// </summary>
internal static class WordTokenizer
{
    private static readonly FrozenSet<string> Abbreviations =
        Lexicon.Lines("Lexicons/abbreviations.txt").Select(a => a.TrimEnd('.')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <c>text[start..end)</c>; <paramref name="isQuoted"/> tells which offsets stand inside quotes.</summary>
    public static List<WordToken> Tokenize(string text, int start, int end, Func<int, bool>? isQuoted = null)
    {
        // About one word per six characters of news text: sized so the list seldom regrows. It is built for every block
        // and frame, several times per article; its regrowth came to some 35 MB over the 200 trafilatura/ pages.
        var tokens = new List<WordToken>(Math.Max(4, (end - start) / 6));
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            bool joined;
            do
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsMojibakeInWord(text, i, s)
                    || (text[i] is '.' or '\'' or '’' or '-' or '‑' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    || (text[i] == ',' && i > s && char.IsDigit(text[i - 1]) && i + 3 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 3]))))
                {
                    i++;
                }

                joined = false;
                if (i < end && text[i] == '.')
                {
                    var word = text[s..i];
                    // "U.S.", "A.F.L.-C.I.O.": a dotted initialism keeps its last full stop; "TheIowaRepublican.com." does not.
                    var dotted = word.LastIndexOf('.') is var dot and >= 0 && word.Length - dot - 1 <= 1;
                    if ((dotted || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word)) && !EndsParagraph(text, i, end, word))
                    {
                        i++;

                        // "a D.C.-based strategist", "the A.F.L.-C.I.O.": a hyphen after the full stop joins one word.
                        joined = i + 1 < end && text[i] is '-' or '‑' && char.IsLetterOrDigit(text[i + 1]);
                        i += joined ? 1 : 0;
                    }
                }
            }
            while (joined);

            tokens.Add(new WordToken(s, i, text[s..i], isQuoted?.Invoke(s) ?? false));
        }

        return tokens;
    }

    // "FranÃ§ois", "PeÃ±a": text decoded twice turns an accented letter into a capital A with a tilde or
    // circumflex, combining marks, C1 controls and Latin-1 signs; inside a word they are still part of it, so a name
    // such as "President FranÃ§ois Hollande" stays one phrase. Never at the start of a word.
    private static bool IsMojibakeInWord(string text, int i, int start)
    {
        if (i == start)
        {
            return false;
        }

        var c = text[i];
        if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            || c is >= '\u0080' and <= '\u009f')
        {
            return true;
        }

        // « and » stay quote marks even where they stand for a garbled "ë" or "û" ("Â«" is a garbled «): the quote
        // scanner reads them as such, and a word must never run over a quote's opening.
        var previous = text[i - 1];
        return c is >= '\u00a1' and <= '\u00bf' and not ('«' or '»')
            && (previous is 'Ã' or 'Â' || char.GetUnicodeCategory(previous) == System.Globalization.UnicodeCategory.NonSpacingMark || previous is >= '\u0080' and <= '\u009f');
    }

    // "according to the Las Vegas Sun.": a word that shortens a weekday or month ("Sun", "Wed", "Mar") and ends its
    // paragraph is a name whose full stop ends the sentence.
    private static bool EndsParagraph(string text, int dot, int end, string word)
    {
        if (word is not ("Sun" or "Sat" or "Wed" or "Mon" or "Fri" or "Mar" or "Jan" or "Dec" or "Sept"))
        {
            return false;
        }

        var k = dot + 1;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        return k >= text.Length || k >= end || text[k] == '\n';
    }
}
