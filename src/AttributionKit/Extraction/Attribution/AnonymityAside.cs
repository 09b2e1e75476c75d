using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The aside that says why a source is not named: "spoke on (the) condition of anonymity" (<c>An aide who spoke on
/// condition of anonymity said …</c>), a verb after "anonymity to" (<c>… on condition of anonymity to discuss the
/// talks</c>) and a verb after a negated permission (<c>because they were not authorized to discuss the talks</c>,
/// anonymity-permission-words.txt). None of these verbs reports words: the source speaks through the main clause's
/// cue ("said"), and the aside is part of how the source is described.
/// </summary>
internal static class AnonymityAside
{
    // How far back from the verb "to" may stand (over an adverb: "to publicly discuss").
    private const int MaxWordsBeforeVerb = 2;

    private static readonly FrozenSet<string> PermissionWords =
        Lexicon.Lines("Lexicons/anonymity-permission-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is a verb of the anonymity aside.</summary>
    public static bool Applies(List<WordToken> words, int k) =>
        !words[k].InQuote && (IsSpeakingOnCondition(words, k) || FollowsReason(words, k));

    /// <summary>Whether word <paramref name="k"/> opens "spoke on (the) condition of anonymity"; "said on condition of
    /// anonymity that …" reports what was said and is not one.</summary>
    internal static bool IsSpeakingOnCondition(List<WordToken> words, int k)
    {
        var j = k + 1;
        if (words[k].Lower is not ("spoke" or "speak" or "speaks" or "speaking" or "talked" or "talk" or "talks" or "talking")
            || j >= words.Count || words[j].Lower != "on" || words[j].OpensSentence)
        {
            return false;
        }

        j++;

        if (j < words.Count && words[j].Lower == "the")
        {
            j++;
        }

        return j + 2 < words.Count && words[j].Lower == "condition" && words[j + 1].Lower == "of" && words[j + 2].Lower == "anonymity";
    }

    // "anonymity to discuss", "anonymity in order to speak", "not authorized to discuss", "not authorised to publicly discuss".
    private static bool FollowsReason(List<WordToken> words, int k)
    {
        for (var to = k - 1; to >= 1 && to >= k - MaxWordsBeforeVerb; to--)
        {
            if (words[to].Lower != "to" || words[to].InQuote)
            {
                continue;
            }

            // Only an adverb may stand between "to" and the verb ("to publicly discuss"); "to speak publicly said" is
            // the main clause's "said" after the aside.
            if (!Enumerable.Range(to + 1, k - to - 1).All(j => words[j].Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }

            var before = words[to - 1];
            if (before.Lower == "order" && to >= 3 && words[to - 2].Lower == "in")
            {
                before = words[to - 3];
            }

            if (before.Lower == "anonymity")
            {
                return true;
            }

            return PermissionWords.Contains(before.Lower) && IsNegated(words, WordIndex.FirstAtOrAfter(words, before.Start));
        }

        return false;
    }

    // "not authorized", "weren't authorized", "not publicly authorized".
    private static bool IsNegated(List<WordToken> words, int permission)
    {
        for (var j = permission - 1; j >= 0 && j >= permission - 2; j--)
        {
            if (words[j].IsVerbNegation)
            {
                return true;
            }
        }

        return false;
    }
}
