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
    private static readonly (string Pattern, BoilerplateClass Kind)[] Substrings;
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

            var kind = parts[0] switch
            {
                "drop" => BoilerplateClass.Drop,
                "furniture" => BoilerplateClass.Furniture,
                "keep" => BoilerplateClass.Keep,
                "negative" => BoilerplateClass.Negative,
                "positive" => BoilerplateClass.Positive,
                "content" => BoilerplateClass.Content,
                _ => BoilerplateClass.None,
            };
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
        Substrings = [.. substrings];
    }

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

        foreach (var (pattern, kind) in Substrings)
        {
            if ((result & kind) != 0)
            {
                continue;
            }

            if (pattern[0] == '\u0001' ? ContainsBounded(classAndId, pattern.AsSpan(1)) : classAndId.Contains(pattern, StringComparison.Ordinal))
            {
                result |= kind;
            }
        }

        return result;
    }

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
            var end = at + word.Length;
            if ((at == 0 || Separators.Contains(text[at - 1])) && (end == text.Length || Separators.Contains(text[end])))
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
