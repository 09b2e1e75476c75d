using System.Collections.Frozen;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// Guesses what kind of body a name the gazetteer does not know stands for, from its words
/// (<c>Outlets/outlet-kind-cues.tsv</c>): "Kyiv Independent" is news, "Ministry of Defence" government.
/// </summary>
internal static class OutletKindGuesser
{
    private static readonly FrozenDictionary<string, OutletKind> KindByWord = Lexicon.Lines("Outlets/outlet-kind-cues.tsv")
        .Select(l => l.Split('\t'))
        .Where(c => c.Length >= 2 && Enum.TryParse<OutletKind>(c[1].Trim(), ignoreCase: true, out _))
        .GroupBy(c => c[0].Trim(), StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => Enum.Parse<OutletKind>(g.First()[1].Trim(), ignoreCase: true), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word says what kind of body a name is.</summary>
    public static bool IsKindWord(string word) => KindByWord.ContainsKey(word);

    /// <summary>The kind the name's head word says (read from its end: "Institute for the Study of War" → organisation); null when none does.</summary>
    public static OutletKind? Guess(IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (KindByWord.TryGetValue(words[i], out var kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether a word is an acronym such as ISW or UNHCR (capital letters only, 2 to 6 of them).</summary>
    public static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);
}
