using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "decide" with a plain object opened by an article or a name (<c>coins were flipped to decide a tight race</c>,
/// <c>Independents alone won't decide Dover</c>, <c>the ruling could decide the case</c>): to settle a contest or a
/// question, not to come to a view; the object is no content. A clause after the verb (<c>decided the pier was unsafe</c>:
/// an auxiliary or a past form before the next mark) and "decide to …", "decide whether …", "decided that …" stay cues.
/// </summary>
internal static class DecidingContest
{
    // How far the object may run before a verb would show that a clause follows ("decided the new harbour board was …").
    private const int MaxObjectWords = 6;

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is "decide" settling a plain object.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower is not ("decide" or "decides" or "decided" or "deciding") || words[k].InQuote || k + 1 >= words.Count)
        {
            return false;
        }

        var first = words[k + 1];
        if (first.InQuote || !CueFinder.IsSpaceOnly(text, words[k].End, first.Start)
            || !(first.Lower is "the" or "a" or "an" || (first.IsCapitalized && !AttributionLexicon.Pronouns.Contains(first.Text))))
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && j <= k + MaxObjectWords; j++)
        {
            var w = words[j];
            if (j > k + 1 && !CueFinder.IsSpaceOnly(text, words[j - 1].End, w.Start))
            {
                return true;
            }

            if (w.InQuote || AttributionLexicon.AuxiliaryVerbs.Contains(w.Lower) || (j > k + 1 && (CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w))))
            {
                return false;
            }
        }

        return true;
    }
}
