using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// Reads a name the gazetteer may not know where a citation cue introduces one ("according to the Kyiv
/// Independent"): capitalised words, with "of", "for", "the" and "and" inside when capitalised words follow
/// them. A name counts only if one of its words says what kind of body it is, or it is an acronym, so
/// "according to Peskov" (a person) is no outlet.
/// </summary>
internal static class UnknownOutletReader
{
    private static readonly FrozenSet<string> Connectors = new[] { "of", "for", "the", "on", "de", "du", "des", "für" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MonthsAndDays = MonthNames.All
        .Concat(EnglishWeekdays.Names)
        .Concat(["today", "yesterday"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The token range <c>[first, end)</c> of a name starting at <c>tokens[first]</c>, or null when none is there.</summary>
    public static (int First, int End)? Read(ImmutableArray<LexicalToken> tokens, int first)
    {
        if (first < tokens.Length && tokens[first].Lower == "the")
        {
            first++;
        }

        if (first >= tokens.Length || !tokens[first].IsCapitalized || MonthsAndDays.Contains(tokens[first].Text))
        {
            return null;
        }

        var end = first;
        while (end < tokens.Length && end - first < 10)
        {
            var t = tokens[end];
            if (t.IsCapitalized)
            {
                end++;
                if (t.IsPossessive && end < tokens.Length && !tokens[end].IsCapitalized)
                {
                    break;
                }

                continue;
            }

            // "Ministry of Defence", "Institute for the Study of War": a connector only inside the name.
            var k = end;
            while (k < tokens.Length && Connectors.Contains(tokens[k].Text))
            {
                k++;
            }

            if (k > end && k < tokens.Length && tokens[k].IsCapitalized)
            {
                end = k;
                continue;
            }

            break;
        }

        return end > first ? (first, end) : null;
    }

    /// <summary>Whether the words read make an organisation's or outlet's name rather than a person's.</summary>
    public static bool LooksLikeOutlet(IReadOnlyList<string> words) =>
        OutletKindGuesser.Guess(words) is not null || (words.Count == 1 && OutletKindGuesser.IsAcronym(words[0]));
}
