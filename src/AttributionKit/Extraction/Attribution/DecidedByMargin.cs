using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The passive "decided by" telling the margin or means that settled a contest (<c>the county was decided by less than
/// one percentage point</c>, <c>cases decided by 5-to-4 votes</c>, <c>the race will be decided by a runoff</c>): the
/// phrase after "by" names no one who decided, so "decided" is no cue. A figure or a word of the margin
/// (contest-margin-words.txt) within a few words after "by" marks it; <c>decided by the Supreme Court</c> stays a cue.
/// </summary>
internal static class DecidedByMargin
{
    // How many words after "by" the margin may take to show ("by less than one percentage point").
    private const int MaxWordsToMargin = 4;

    private static readonly FrozenSet<string> MarginWords = Lexicon.Lines("Lexicons/contest-margin-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is "decided" followed by "by" and a margin.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower != "decided" || words[k].InQuote || k + 2 >= words.Count || words[k + 1].Lower != "by" || words[k + 1].InQuote
            || !CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start))
        {
            return false;
        }

        return MarginFollows(text, words, k + 1);
    }

    /// <summary>
    /// Whether a figure or a word of a margin comes within a few words after "by" at word <paramref name="by"/> ("by less
    /// than one percentage point", "by the narrowest of margins"), with nothing but spaces between the words.
    /// </summary>
    public static bool MarginFollows(string text, List<WordToken> words, int by)
    {
        for (var j = by + 1; j < words.Count && j <= by + MaxWordsToMargin; j++)
        {
            var w = words[j];
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, words[j - 1].End, w.Start))
            {
                return false;
            }

            if (char.IsAsciiDigit(w.Text[0]) || MarginWords.Contains(w.Lower))
            {
                return true;
            }
        }

        return false;
    }
}
