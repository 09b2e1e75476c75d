using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "state that" and "states that" (reporting-verbs.txt) report only as a verb and its "that" clause ("the ruling
/// states that the pier stays open"). In news they are mostly the noun with a relative clause: "the four states that
/// vote next week", "harbour states that have lost jobs", "a state that will hold its primary in May". The noun shows
/// in a determiner or number right before it (a verb's subject cannot end in one) or in a verb right after "that"
/// (plural-relative-verbs.txt, or a past tense: "the states that held primaries"), where a reported clause would first
/// need its own subject. Such a cue reports nothing.
/// </summary>
internal static class StateNounBeforeRelative
{
    private static readonly FrozenSet<string> RelativeVerbs = Lexicon.Lines("Lexicons/plural-relative-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/>, the "that" of a "state(s) that" cue, opens a relative clause after the noun.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (k < 1 || k + 1 >= words.Count || words[k].Lower != "that" || words[k - 1].Lower is not ("state" or "states")
            || words[k - 1].IsCapitalized || words[k].InQuote || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            return false;
        }

        var determined = k >= 2 && !words[k - 2].InQuote && CueFinder.IsSpaceOnly(text, words[k - 2].End, words[k - 1].Start)
            && (AttributionLexicon.GroupDeterminers.Contains(words[k - 2].Lower) || NounPhrase.IsNumberWord(words[k - 2]));
        var next = words[k + 1];
        var verbAfter = !next.InQuote && !next.IsCapitalized && CueFinder.IsSpaceOnly(text, words[k].End, next.Start)
            && (RelativeVerbs.Contains(next.Lower) || CueFinder.IsPastTense(next) || CueFinder.IsIrregularPast(next));
        return determined || verbAfter;
    }
}
