using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "see" after "to" that tells of going to look at someone or something, not of a view held: after a verb of going
/// (<c>Holt went to see the pier</c>, <c>viewers tuned in to see Vale speak</c>; seeing-journey-verbs.txt) or with a
/// person as its whole object (<c>thousands lined the quay to see her.</c>, <c>fans excited to see him,</c>). A view
/// is seen <em>as</em> something or takes a clause (<c>Vale has come to see the pier as a relic</c>, <c>waiting to see if
/// the board agrees</c>), and those stay cues.
/// </summary>
internal static class VisitSeeing
{
    private static readonly FrozenSet<string> JourneyVerbs = Lexicon.Lines("Lexicons/seeing-journey-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    // Particles that may stand between the verb of going and "to" ("tuned in to see", "went out to see").
    private static readonly FrozenSet<string> Particles = new[] { "in", "out", "over", "back" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is a "see" of visiting or watching.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower != "see" || words[k].InQuote || k < 2 || words[k - 1].Lower != "to" || words[k - 1].InQuote)
        {
            return false;
        }

        var verb = k - 2;
        if (Particles.Contains(words[verb].Lower) && verb >= 1)
        {
            verb--;
        }

        return (JourneyVerbs.Contains(words[verb].Lower) && !words[verb].InQuote) || SeesPersonOnly(text, words, k);
    }

    // "to see him.", "to see her, …": an object pronoun closing the clause right after "see".
    private static bool SeesPersonOnly(string text, List<WordToken> words, int k)
    {
        if (k + 1 >= words.Count || words[k + 1].InQuote || !SourceBeforeCue.IsObjectPronoun(words[k + 1]))
        {
            return false;
        }

        var after = text.AsSpan(words[k + 1].End).TrimStart(' ');
        return after.IsEmpty || after[0] is '.' or ',' or ';' or '!' or '?' or ')' or '\n';
    }
}
