using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>Turns a unit noun into its singular ("drones" → "drone", "casualties" → "casualty", "people" → "person").</summary>
internal static class UnitLemmatizer
{
    private static readonly FrozenDictionary<string, string> Irregular = Lexicon.Lines("Lexicons/irregular-plurals.tsv")
        .Select(l => l.Split('\t'))
        .Where(c => c.Length >= 2)
        .ToFrozenDictionary(c => c[0].Trim(), c => c[1].Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The singular, lower case.</summary>
    public static string Lemma(string word)
    {
        var w = InvariantLowerCase.Of(word);
        if (Irregular.TryGetValue(w, out var singular))
        {
            return singular;
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
            ? w[..^1]
            : w;
    }

    /// <summary>Whether the word reads as a plural noun.</summary>
    public static bool IsPlural(string word) => !Lemma(word).Equals(word, StringComparison.OrdinalIgnoreCase);
}
