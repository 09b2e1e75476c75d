using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verb of advising with a plain object and nothing advised in its clause tells of working as an adviser, not of
/// advice given (<c>the firm advises big harbours on mergers</c>, <c>Holt is now advising the mayor's campaign</c>):
/// no word opening advice (advice-openers.txt: <c>to</c>, <c>that</c>, <c>against</c>, <c>how</c> …) stands between the
/// verb and the end of its clause. A verb followed by a mark (<c>“Wait,” Vale advised.</c>, <c>advised: “…”</c>) is
/// left to the other rules.
/// </summary>
internal static class AdviserWork
{
    private static readonly FrozenSet<string> AdviserVerbs = Lexicon.Lines("Lexicons/adviser-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AdviceOpeners = Lexicon.Lines("Lexicons/advice-openers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is a verb of advising with no advice after it.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (!AdviserVerbs.Contains(words[k].Lower) || words[k].InQuote || k + 1 >= words.Count
            || !CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start) || words[k + 1].InQuote || AdviceOpeners.Contains(words[k + 1].Lower))
        {
            return false;
        }

        for (var j = k + 1; j < words.Count; j++)
        {
            if (words[j].InQuote || AdviceOpeners.Contains(words[j].Lower))
            {
                return false;
            }

            if (j + 1 >= words.Count || CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                return true;
            }
        }

        return true;
    }
}
