using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Classifies an element by its class and id with the patterns of <c>Resources/Html/boilerplate-patterns.txt</c>:
/// whole-token patterns through a hash lookup, substring patterns by a scan (there are few).
/// </summary>
internal static partial class BoilerplateLexicon
{
    private static readonly FrozenDictionary<string, BoilerplateClass> Tokens;

    // The substring patterns by their first two characters, so that a class string is read once, looking up each of
    // its character pairs, instead of searched once per pattern (there are over a hundred, and this was 1-2 % of a
    // check's time on the trafilatura pages). Bounded: the pattern must stand between separators (see ContainsBounded).
    private static readonly FrozenDictionary<int, (string Word, bool Bounded, BoilerplateClass Kind)[]> SubstringsByPair;

    // Patterns of one character, which have no pair (the lexicon has none today); checked one by one.
    private static readonly (string Word, bool Bounded, BoilerplateClass Kind)[] ShortSubstrings;
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \t\n\r-_:./");

    static BoilerplateLexicon()
    {
        var tokens = new Dictionary<string, BoilerplateClass>(StringComparer.Ordinal);
        var substrings = new List<(string, BoilerplateClass)>();
        foreach (var line in Lexicon.Lines("Html/boilerplate-patterns.txt"))
        {
            var parts = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                continue;
            }

            var kind = Enum.TryParse<BoilerplateClass>(parts[0], ignoreCase: true, out var named) ? named : BoilerplateClass.None;
            var pattern = parts[1].ToLowerInvariant();
            if (pattern[0] == '=')
            {
                // A whole-token pattern may itself hold separators ("more-from"): it then matches as a substring
                // bounded by separators, which the substring list checks.
                var word = pattern[1..];
                if (word.AsSpan().IndexOfAny(Separators) < 0)
                {
                    tokens[word] = tokens.GetValueOrDefault(word) | kind;
                }
                else
                {
                    substrings.Add(("\u0001" + word, kind));
                }
            }
            else
            {
                substrings.Add((pattern, kind));
            }
        }

        Tokens = tokens.ToFrozenDictionary(StringComparer.Ordinal);
        var all = substrings.Select(p => p.Item1[0] == '\u0001' ? (Word: p.Item1[1..], Bounded: true, Kind: p.Item2) : (Word: p.Item1, Bounded: false, Kind: p.Item2)).ToList();
        SubstringsByPair = all.Where(p => p.Word.Length >= 2)
            .GroupBy(p => Pair(p.Word, 0))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        ShortSubstrings = [.. all.Where(p => p.Word.Length < 2)];
    }

    private static int Pair(string text, int at) => (text[at] << 16) | text[at + 1];

    // Class names repeat within a page and across pages of a site: classify each distinct one once. Most strings a
    // page brings are new ("post-12345"), so a shared cache is written all the time and the threads of a batch queued
    // on its locks; each thread keeps its own instead, emptied when it grows past the limit.
    [ThreadStatic]
    private static Dictionary<string, BoilerplateClass>? _cache;

    private const int CacheLimit = 50_000;

    /// <summary>Classifies a lower-cased "class id" string.</summary>
    public static BoilerplateClass Classify(string classAndId)
    {
        if (classAndId.Length == 0)
        {
            return BoilerplateClass.None;
        }

        var cache = _cache ??= new Dictionary<string, BoilerplateClass>(StringComparer.Ordinal);
        if (cache.TryGetValue(classAndId, out var cached))
        {
            return cached;
        }

        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        var result = ClassifyUncached(classAndId);
        cache[classAndId] = result;
        return result;
    }

    private static BoilerplateClass ClassifyUncached(string classAndId)
    {
        // "hidden-xs", "l-hidden-sm", "hidden-print": hidden on one screen size or in print only, shown to readers
        // elsewhere; "field-label-hidden": the field's label is hidden, not the field.
        if (classAndId.Contains("hidden", StringComparison.Ordinal))
        {
            classAndId = ResponsiveHidden().Replace(classAndId, " ");
        }

        // "o-section--has-ads", "has-sidebar", "no-comments": a state of the block (what it holds or lacks), not
        // what it is.
        if (classAndId.Contains("has-", StringComparison.Ordinal) || classAndId.Contains("no-", StringComparison.Ordinal))
        {
            classAndId = StateModifier().Replace(classAndId, " ");
        }

        var result = BoilerplateClass.None;
        var start = 0;
        for (var i = 0; i <= classAndId.Length; i++)
        {
            if (i < classAndId.Length && !Separators.Contains(classAndId[i]))
            {
                continue;
            }

            if (i > start && Tokens.TryGetValue(classAndId[start..i], out var kind))
            {
                result |= kind;
            }

            start = i + 1;
        }

        // Each kind is one flag: a pattern whose kind is already found can add nothing.
        for (var i = 0; i + 1 < classAndId.Length; i++)
        {
            if (!SubstringsByPair.TryGetValue(Pair(classAndId, i), out var candidates))
            {
                continue;
            }

            foreach (var (word, bounded, kind) in candidates)
            {
                if ((result & kind) == 0 && classAndId.AsSpan(i).StartsWith(word, StringComparison.Ordinal)
                    && (!bounded || IsBounded(classAndId, i, i + word.Length)))
                {
                    result |= kind;
                }
            }
        }

        foreach (var (word, bounded, kind) in ShortSubstrings)
        {
            if ((result & kind) == 0 && (bounded ? ContainsBounded(classAndId, word) : classAndId.Contains(word, StringComparison.Ordinal)))
            {
                result |= kind;
            }
        }

        return result;
    }

    private static bool IsBounded(string text, int start, int end) =>
        (start == 0 || Separators.Contains(text[start - 1])) && (end == text.Length || Separators.Contains(text[end]));

    private static bool ContainsBounded(string text, ReadOnlySpan<char> word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (IsBounded(text, at, at + word.Length))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z0-9])(?:has|no|without)-[a-z0-9]+(?![a-z0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StateModifier();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])(?:[a-z]{1,2}-)?hidden-(?:xs|s|sm|m|md|l|lg|xl|xxl|print|mobile|phone|tablet|desktop|small|medium|large)(?:-(?:up|down|only))?(?![\w-])|(?<![\w-])[\w-]*(?:label|title|caption|heading|icon|legend)s?-hidden(?![\w-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ResponsiveHidden();
}
