using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// The citation cues (<c>Outlets/citation-cues.tsv</c>) and citation nouns (<c>Outlets/citation-nouns.txt</c>),
/// matched against tokens. Read once per process.
/// </summary>
internal static class CitationCueLexicon
{
    private static readonly Lazy<ImmutableArray<CitationCue>> LazyCues = new(Load);

    // The cues by their first and by their last word, longest first: every token of every sentence is asked whether
    // a cue starts or ends at it, and most words start or end none.
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<CitationCue>>> ByFirstWord = new(() => Index(c => c.Words[0]));
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<CitationCue>>> ByLastWord = new(() => Index(c => c.Words[^1]));

    /// <summary>Nouns that make the name before them a cited source ("his X post"), with the outlet kinds each applies to (empty: all).</summary>
    public static FrozenDictionary<string, ImmutableHashSet<OutletKind>> Nouns { get; } = Lexicon.Lines("Outlets/citation-nouns.txt")
        .Select(l => l.Split('\t'))
        .GroupBy(c => c[0].Trim(), StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(
            g => g.Key,
            g => g.First().Length > 1 ? ParseKinds(g.First()[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : [],
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a noun after a name of this kind cites it.</summary>
    public static bool IsCitationNoun(string word, OutletKind kind) =>
        Nouns.TryGetValue(word, out var kinds) && (kinds.IsEmpty || kinds.Contains(kind));

    /// <summary>Words that may stand between a determiner-less cue and the name ("according to his X post").</summary>
    public static FrozenSet<string> Determiners { get; } =
        new[] { "the", "his", "her", "their", "its", "a", "an", "our", "my", "your" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every cue, longest first.</summary>
    public static ImmutableArray<CitationCue> Cues => LazyCues.Value;

    /// <summary>The longest cue of <paramref name="position"/> whose last word is <c>tokens[last]</c>.</summary>
    public static CitationCue? EndingAt(IReadOnlyList<LexicalToken> tokens, int last, CitationCuePosition position)
    {
        if (last < 0 || last >= tokens.Count || !ByLastWord.Value.TryGetValue(tokens[last].Text, out var cues))
        {
            return null;
        }

        foreach (var cue in cues)
        {
            var first = last - cue.Words.Length + 1;
            if (cue.Position == position && first >= 0 && last < tokens.Count && WordsAt(tokens, first, cue))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>The longest cue of <paramref name="position"/> whose first word is <c>tokens[first]</c>.</summary>
    public static CitationCue? StartingAt(IReadOnlyList<LexicalToken> tokens, int first, CitationCuePosition position)
    {
        if (first < 0 || first >= tokens.Count || !ByFirstWord.Value.TryGetValue(tokens[first].Text, out var cues))
        {
            return null;
        }

        foreach (var cue in cues)
        {
            if (cue.Position == position && first >= 0 && first + cue.Words.Length <= tokens.Count && WordsAt(tokens, first, cue))
            {
                return cue;
            }
        }

        return null;
    }

    private static bool WordsAt(IReadOnlyList<LexicalToken> tokens, int first, CitationCue cue)
    {
        for (var k = 0; k < cue.Words.Length; k++)
        {
            if (!tokens[first + k].Text.Equals(cue.Words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, ImmutableArray<CitationCue>> Index(Func<CitationCue, string> word) =>
        Cues.Where(c => c.Words.Length > 0).GroupBy(word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    private static ImmutableHashSet<OutletKind> ParseKinds(IEnumerable<string> names) =>
        names.Select(k => Enum.TryParse<OutletKind>(k, ignoreCase: true, out var kind) ? (OutletKind?)kind : null)
            .OfType<OutletKind>()
            .ToImmutableHashSet();

    private static ImmutableArray<CitationCue> Load()
    {
        var cues = new List<CitationCue>();
        foreach (var line in Lexicon.Lines("Outlets/citation-cues.tsv"))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                continue;
            }

            var position = columns[0].Trim().ToLowerInvariant() switch
            {
                "after" => CitationCuePosition.After,
                "inverted" => CitationCuePosition.Inverted,
                _ => CitationCuePosition.Before,
            };
            var words = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
            var kindNames = columns.Length > 2 ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var kinds = ParseKinds(kindNames);
            cues.Add(new CitationCue(position, words, kinds, kindNames.Contains("unknown", StringComparer.OrdinalIgnoreCase)));
        }

        return [.. cues.OrderByDescending(c => c.Words.Length)];
    }
}
