using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A form of "decline" telling of a fall, not a refusal: followed by a word of measure or manner (fall-followers.txt:
/// <c>fees declined by 5 percent</c>, <c>has declined sharply since May</c>), or, for <c>decline</c>, <c>declines</c>
/// and <c>declining</c>, by a preposition or conjunction of the noun (fall-noun-followers.txt: <c>a 30 percent decline in
/// ferry trips</c>, <c>the relative decline of the harbour</c>) or a mark (<c>debt would decline, and …</c>). A refusal
/// takes "to" and a verb or an object (<c>Holt declined to comment</c>, <c>declined the invitation</c>).
/// </summary>
internal static class FallingDecline
{
    private static readonly FrozenSet<string> Followers = Lexicon.Lines("Lexicons/fall-followers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounFollowers = Lexicon.Lines("Lexicons/fall-noun-followers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is "decline" telling of a fall.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        var lower = words[k].Lower;
        if (lower is not ("decline" or "declines" or "declined" or "declining") || words[k].InQuote)
        {
            return false;
        }

        var noun = lower != "declined";
        if (k + 1 >= words.Count || !CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start))
        {
            var after = text.AsSpan(words[k].End).TrimStart(' ');
            return noun && (after.IsEmpty || after[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')');
        }

        var next = words[k + 1];
        return !next.InQuote && (Followers.Contains(next.Lower) || (noun && NounFollowers.Contains(next.Lower)));
    }
}
