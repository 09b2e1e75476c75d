using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;
using FuzzySharp;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// The outlets, agencies, platforms and bodies AttributionKit knows (<c>Resources/Outlets/outlets.tsv</c>),
/// with lookups by name, fuzzy name, web domain, and a scan of a text for every name it contains.
/// Immutable and thread-safe; the default instance is read once per process.
/// </summary>
/// <remarks>
/// Single-word names and aliases match with their case (<c>X</c>, <c>Time</c>, <c>Signal</c> are also words);
/// longer ones ignore case. A leading "the" is optional everywhere. Short forms such as "the Post" match only
/// after an outlet that has them was named earlier in the same text.
/// </remarks>
internal sealed class OutletGazetteer
{
    private static readonly Lazy<OutletGazetteer> LazyDefault = new(() => new OutletGazetteer(Load()));

    private readonly FrozenDictionary<string, OutletEntry> _byKey;
    private readonly FrozenDictionary<string, OutletEntry> _byMultiWordKeyIgnoringCase;
    private readonly FrozenDictionary<string, OutletEntry> _byDomain;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _keysByFirstWord;
    private readonly FrozenDictionary<string, ImmutableArray<OutletEntry>> _byShortForm;
    private readonly ImmutableArray<string> _fuzzyKeys;
    private readonly FrozenSet<string> _keysNeedingArticle;
    private readonly FrozenDictionary<string, string> _bySquashedKey;

    private OutletGazetteer(IReadOnlyList<OutletEntry> entries)
    {
        Entries = [.. entries];
        var byKey = new Dictionary<string, OutletEntry>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, OutletEntry>(StringComparer.OrdinalIgnoreCase);
        var shortForms = new Dictionary<string, List<OutletEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                byKey.TryAdd(Key(name), entry);
            }

            foreach (var domain in entry.Domains)
            {
                byDomain.TryAdd(domain, entry);
            }

            foreach (var shortForm in entry.ShortForms)
            {
                var key = StripThe(shortForm);
                if (!shortForms.TryGetValue(key, out var list))
                {
                    shortForms[key] = list = [];
                }

                list.Add(entry);
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _byMultiWordKeyIgnoringCase = byKey
            .Where(p => p.Key.Contains(' ', StringComparison.Ordinal))
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        _byDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byShortForm = shortForms.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        _keysByFirstWord = byKey.Keys
            .GroupBy(k => FirstWord(k), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        _fuzzyKeys = [.. byKey.Keys.Where(k => k.Length >= 5)];
        _bySquashedKey = _fuzzyKeys.GroupBy(Squash, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // "The Independent", "The Hill", "The Times": their bare word is an ordinary word ("an Independent
        // candidate"), so it names the outlet only with its article, unless the file lists the bare word as an alias.
        var aliasKeys = entries.SelectMany(e => e.Aliases).Select(Key).ToHashSet(StringComparer.Ordinal);
        _keysNeedingArticle = entries
            .Where(e => e.Name.StartsWith("The ", StringComparison.Ordinal) && !Key(e.Name).Contains(' ', StringComparison.Ordinal))
            .Select(e => Key(e.Name))
            .Where(k => !aliasKeys.Contains(k))
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer shipped with AttributionKit.</summary>
    public static OutletGazetteer Default => LazyDefault.Value;

    /// <summary>Every outlet, in file order.</summary>
    public ImmutableArray<OutletEntry> Entries { get; }

    /// <summary>A gazetteer with extra aliases (alias → canonical name). A canonical name not in the gazetteer becomes a new organisation.</summary>
    public OutletGazetteer WithAliases(IReadOnlyDictionary<string, string> aliases)
    {
        if (aliases.Count == 0)
        {
            return this;
        }

        var entries = Entries.ToList();
        foreach (var group in aliases.GroupBy(a => a.Value, StringComparer.OrdinalIgnoreCase))
        {
            var index = entries.FindIndex(e => e.Name.Equals(group.Key, StringComparison.OrdinalIgnoreCase));
            var extra = group.Select(a => a.Key).ToImmutableArray();
            if (index >= 0)
            {
                entries[index] = entries[index] with { Aliases = entries[index].Aliases.AddRange(extra) };
            }
            else
            {
                entries.Add(new OutletEntry(group.Key, OutletKind.Organization, extra, [], [], IsKnown: true));
            }
        }

        return new OutletGazetteer(entries);
    }

    /// <summary>The outlet a name stands for exactly (ignoring a leading "the", and case for names of several words).</summary>
    public OutletEntry? Lookup(string name)
    {
        var key = Key(name);
        if (_byKey.TryGetValue(key, out var entry))
        {
            return entry;
        }

        // Several words: case does not matter ("the white house"). One word: it does ("x" is not X).
        return key.Contains(' ', StringComparison.Ordinal) && _byMultiWordKeyIgnoringCase.TryGetValue(key, out var multiWord)
            ? multiWord
            : null;
    }

    /// <summary>The outlet a spelling variant stands for (<c>Al-Jazeera</c>, <c>Aljazeera</c>), when one name scores at least <paramref name="minimumScore"/> (0–100).</summary>
    public OutletEntry? LookupFuzzy(string name, int minimumScore = 90)
    {
        if (Lookup(name) is { } exact)
        {
            return exact;
        }

        var key = Key(name);
        if (key.Length < 5)
        {
            return null;
        }

        // Hyphens, spaces and case are what spelling variants of outlet names differ by.
        if (_bySquashedKey.TryGetValue(Squash(key), out var squashed))
        {
            return _byKey[squashed];
        }

        // Only names of about the same length and the same first letter can score high enough; skip the rest.
        var lower = key.ToLowerInvariant();
        var candidates = _fuzzyKeys.Where(k => Math.Abs(k.Length - key.Length) <= 3 && char.ToLowerInvariant(k[0]) == lower[0]).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = Process.ExtractOne(key, candidates, s => s.ToLowerInvariant());
        return best is not null && best.Score >= minimumScore ? _byKey[best.Value] : null;
    }

    /// <summary>The outlet a web host belongs to (<c>www.theguardian.com</c>, <c>edition.cnn.com</c>).</summary>
    public OutletEntry? LookupHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var h = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        while (true)
        {
            if (_byDomain.TryGetValue(h, out var entry))
            {
                return entry;
            }

            var dot = h.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || h.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            h = h[(dot + 1)..];
        }
    }

    /// <summary>Every gazetteer name in <c>text[start..end)</c>, longest match first at each position, in text order.</summary>
    public IReadOnlyList<GazetteerMatch> FindAll(string text, int start, int end)
    {
        var matches = new List<GazetteerMatch>();
        var seen = new HashSet<OutletEntry>();
        var i = start;
        while (i < end)
        {
            if (!IsWordStart(text, i))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == i)
            {
                i++;
                continue;
            }

            var match = MatchAt(text, i, end, wordEnd, seen);
            if (match is { } m)
            {
                matches.Add(m);
                seen.Add(m.Entry);
                i = m.Range.End;
            }
            else
            {
                i = wordEnd;
            }
        }

        return matches;
    }

    private GazetteerMatch? MatchAt(string text, int i, int end, int wordEnd, HashSet<OutletEntry> seen)
    {
        var word = text[i..wordEnd];
        var nameStart = i;

        // "the Guardian": the article is part of the mention but not of the key.
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var next = wordEnd;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            var nextEnd = next;
            while (nextEnd < end && IsWordChar(text[nextEnd]))
            {
                nextEnd++;
            }

            if (nextEnd > next)
            {
                var shortForm = ShortFormAt(text, next, nextEnd, seen);
                if (shortForm is not null)
                {
                    return new GazetteerMatch(new TextRange(i, nextEnd), shortForm, IsShortForm: true);
                }

                if (KeyAt(text, next, end, text[next..nextEnd], afterArticle: true) is { } afterThe)
                {
                    return new GazetteerMatch(new TextRange(next, next + afterThe.Length), _byKey[afterThe], false);
                }
            }
        }

        return KeyAt(text, nameStart, end, word, afterArticle: false) is { } key
            ? new GazetteerMatch(new TextRange(nameStart, nameStart + key.Length), _byKey[key], false)
            : null;
    }

    private string? KeyAt(string text, int start, int end, string firstWord, bool afterArticle)
    {
        // "X." at the end of a sentence: the full stop is punctuation, not part of the name; "Guardian’s": the
        // possessive is not part of it either.
        if (!_keysByFirstWord.TryGetValue(firstWord, out var keys)
            && !_keysByFirstWord.TryGetValue(firstWord.TrimEnd('.'), out keys)
            && !_keysByFirstWord.TryGetValue(WithoutPossessive(firstWord), out keys))
        {
            return null;
        }

        foreach (var key in keys)
        {
            if (start + key.Length > end || ContinuesWord(text, start + key.Length))
            {
                continue;
            }

            if (!afterArticle && _keysNeedingArticle.Contains(key))
            {
                continue;
            }

            // Names of several words ignore case, but a name in running text starts with a capital: "on foreign
            // policy" does not name Foreign Policy.
            var multiWord = key.Contains(' ', StringComparison.Ordinal);
            if (multiWord && !char.IsUpper(text[start]) && !char.IsDigit(text[start]))
            {
                continue;
            }

            if (string.Compare(text, start, key, 0, key.Length, multiWord ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0)
            {
                return key;
            }
        }

        return null;
    }

    private OutletEntry? ShortFormAt(string text, int start, int end, HashSet<OutletEntry> seen)
    {
        if (!_byShortForm.TryGetValue(WithoutPossessive(text[start..end]), out var entries) || !char.IsUpper(text[start]))
        {
            return null;
        }

        return entries.FirstOrDefault(seen.Contains);
    }

    // The name must end where a word ends: "X" does not match in "Xi", nor in "x.com", but does in "on X.", "X," and
    // the possessive "X’s".
    private static bool ContinuesWord(string text, int i) =>
        i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '&'
            || (text[i] is '.' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsPossessiveAt(text, i)));

    /// <summary>Whether <c>text[i..]</c> is a possessive ending: <c>’s</c> or <c>'s</c> followed by a non-letter.</summary>
    internal static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static string WithoutPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('’') || word.EndsWith('\'') ? word[..^1]
        : word;

    private static bool IsWordStart(string text, int i) => IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '&' or '\'' or '’' or '.';

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? key : key[..space];
        var length = 0;
        while (length < word.Length && IsWordChar(word[length]))
        {
            length++;
        }

        return word[..length];
    }

    private static string Key(string name) => StripThe(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static string StripThe(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && name.Length > 4 ? name[4..] : name;

    private static string Squash(string key) =>
        new([.. key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static List<OutletEntry> Load()
    {
        var entries = new List<OutletEntry>();
        foreach (var line in Lexicon.Lines("Outlets/outlets.tsv"))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                continue;
            }

            static ImmutableArray<string> List(string[] columns, int index) =>
                columns.Length > index
                    ? [.. columns[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : [];

            var kind = Enum.TryParse<OutletKind>(columns[1], ignoreCase: true, out var k) ? k : OutletKind.Organization;
            entries.Add(new OutletEntry(columns[0].Trim(), kind, List(columns, 2), List(columns, 3), List(columns, 4)));
        }

        return entries;
    }
}
