using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds the document or event in which words were said, named next to the cue: "in a statement", "at a campaign
/// rally", "during Tuesday's debate", "told reporters", "tweeted" (<c>Lexicons/speech-occasions.txt</c>,
/// <c>speech-audiences.txt</c>, <c>speech-occasion-verbs.tsv</c>). With an outlet or platform, it is what tells a
/// reader where a quote comes from.
/// </summary>
internal static class OccasionFinder
{
    // How far from the cue an occasion is looked for: it is named in the attribution's own clause.
    private const int ReachBefore = 80;
    private const int ReachAfter = 160;

    // Words between the preposition and the occasion ("at a Tuesday campaign rally").
    private const int MaxModifiers = 4;

    private static readonly PhraseLexicon Occasions = PhraseLexicon.Load("Lexicons/speech-occasions.txt");
    private static readonly PhraseLexicon Audiences = PhraseLexicon.Load("Lexicons/speech-audiences.txt");

    private static readonly FrozenDictionary<string, string> Verbs = Lexicon.Lines("Lexicons/speech-occasion-verbs.tsv")
        .Select(l => l.Split('\t'))
        .Where(c => c.Length == 2)
        .ToFrozenDictionary(c => c[0].Trim(), c => c[1].Trim(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions =
        new[] { "in", "at", "during", "on", "via", "through" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The occasion named in <paramref name="area"/> nearest the cue, as written ("a campaign rally"), or null.</summary>
    /// <param name="text">The article's main text.</param>
    /// <param name="area">Where to look: the attribution's words around the cue, never what was said.</param>
    /// <param name="anchor">Where the cue starts.</param>
    public static (TextRange Range, string Name)? Find(string text, TextRange area, int anchor)
    {
        var start = Math.Max(area.Start, anchor - ReachBefore);
        var end = Math.Min(area.End, anchor + ReachAfter);
        if (end <= start)
        {
            return null;
        }

        var tokens = LexicalTokenizer.Tokenize(text, start, end);
        (TextRange Range, string Name)? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (At(text, tokens, i) is not { } found)
            {
                continue;
            }

            var distance = Math.Abs(found.Range.Start - anchor);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (found, distance);
            }
        }

        return best;
    }

    private static (TextRange Range, string Name)? At(string text, ImmutableArray<LexicalToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != LexicalTokenKind.Word)
        {
            return null;
        }

        if (Verbs.TryGetValue(token.Text, out var venue))
        {
            return (token.Range, venue);
        }

        if (token.Lower == "told")
        {
            // "told reporters", "told a crowd", "told a North Carolina rally": one determiner at most and a few words
            // before the audience, so "told the mayor's aides at…" is left to the preposition that follows.
            var first = i + 1 < tokens.Length && AttributionLexicon.PhraseOpeners.Contains(tokens[i + 1].Text) ? i + 2 : i + 1;
            for (var j = first; j < tokens.Length && j <= first + MaxModifiers && tokens[j].Kind == LexicalTokenKind.Word; j++)
            {
                if (Audiences.MatchAt(tokens, j) is > 0 and var n)
                {
                    return Phrase(text, tokens, i + 1, j + n);
                }
            }

            return null;
        }

        if (!Prepositions.Contains(token.Text))
        {
            return null;
        }

        for (var j = i + 1; j < tokens.Length && j <= i + 1 + MaxModifiers; j++)
        {
            if (tokens[j].Kind == LexicalTokenKind.Punctuation)
            {
                return null;
            }

            if (Occasions.MatchAt(tokens, j) is > 0 and var n)
            {
                // The head ends the phrase: "in a statement" but not "in a statement-like tone"; a name after the head
                // belongs to it ("at a rally in Ohio" stops at "rally").
                return Phrase(text, tokens, i + 1, j + n);
            }
        }

        return null;
    }

    private static (TextRange, string) Phrase(string text, ImmutableArray<LexicalToken> tokens, int first, int end)
    {
        var range = new TextRange(tokens[first].Range.Start, tokens[end - 1].Range.End);
        return (range, text[range.Start..range.End]);
    }
}
