using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AttributionKit.Text;

/// <summary>
/// A word list whose entries may have several words ("according to", "people familiar with the matter"),
/// matched on whole tokens, ignoring case. Built from a lexicon file; immutable and thread-safe.
/// </summary>
internal sealed class PhraseLexicon
{
    private readonly FrozenDictionary<string, ImmutableArray<string[]>> _byFirstWord;

    public PhraseLexicon(IEnumerable<string> phrases)
    {
        _byFirstWord = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0)
            .GroupBy(w => w[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The phrases of a lexicon file under <c>Resources/</c>.</summary>
    public static PhraseLexicon Load(string relativePath) => new(Lexicon.Lines(relativePath));

    /// <summary>The number of words of the longest phrase starting at <c>tokens[start]</c>, or 0.</summary>
    /// <remarks>
    /// Generic over the list so that an <see cref="ImmutableArray{T}"/> (a sentence's tokens) is read as it is: passed
    /// as an <see cref="IReadOnlyList{T}"/>, it is boxed on every call, and the callers that try each token of a
    /// sentence in turn made hundreds of thousands of such boxes over the trafilatura pages.
    /// </remarks>
    public int MatchAt<TTokens>(TTokens tokens, int start)
        where TTokens : IReadOnlyList<LexicalToken>
    {
        if (start >= tokens.Count || !_byFirstWord.TryGetValue(tokens[start].Text, out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                ok = tokens[start + k].Text.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Every match in order, as token ranges <c>[First, End)</c>; matches do not overlap.</summary>
    public List<(int First, int End)> FindAll<TTokens>(TTokens tokens)
        where TTokens : IReadOnlyList<LexicalToken>
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = MatchAt(tokens, i);
            if (length > 0)
            {
                found.Add((i, i + length));
                i += length - 1;
            }
        }

        return found;
    }

    /// <summary>Whether any phrase occurs in the tokens.</summary>
    public bool Occurs<TTokens>(TTokens tokens)
        where TTokens : IReadOnlyList<LexicalToken>
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MatchAt(tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
