using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The people an article names, in order, so that a later surname (<c>Peskov</c>) or pronoun (<c>he</c>) resolves to
/// the full name introduced earlier (<c>Dmitry Peskov</c>). Built once per article from every capitalised run of
/// words outside quotes, with titles and nationalities stripped.
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<(int Position, string Name)> _occurrences = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    /// <summary>The full names found, in order of first appearance.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Every occurrence of a known person (full name or surname), in text order.</summary>
    public IReadOnlyList<(int Position, string Name)> Occurrences => _occurrences;

    /// <summary>Scans the article's text outside <paramref name="quoted"/> for people's names.</summary>
    public static PersonRegistry Build(Article article, Func<int, bool> quoted)
    {
        var registry = new PersonRegistry();
        var text = article.Text;
        var singles = new List<(int Position, string Word)>();
        foreach (var block in article.Blocks)
        {
            // Headlines capitalise every word; they name no one the body does not name.
            if (block.Kind is BlockKind.Preformatted or BlockKind.Dateline or BlockKind.Title or BlockKind.Heading)
            {
                continue;
            }

            var words = WordTokenizer.Tokenize(text, block.Range.Start, block.Range.End, quoted);
            var k = 0;
            while (k < words.Count)
            {
                if (!words[k].IsCapitalized || words[k].InQuote)
                {
                    k++;
                    continue;
                }

                var runStart = k;
                while (k + 1 < words.Count && words[k + 1].IsCapitalized && !words[k + 1].InQuote
                    && IsSpaceOnly(text, words[k].End, words[k + 1].Start))
                {
                    k++;
                }

                registry.AddRun(text, words, runStart, k, singles);
                k++;
            }
        }

        // Surnames and first names on their own count as occurrences of the person they belong to.
        foreach (var (position, word) in singles)
        {
            if (registry.ResolveToken(word, position) is { } name)
            {
                registry._occurrences.Add((position, name));
            }
        }

        registry._occurrences.Sort((a, b) => a.Position.CompareTo(b.Position));
        return registry;
    }

    /// <summary>The canonical full name of a person mention (<c>Peskov</c>, <c>Dmitry Peskov</c>), or <see langword="null"/> when no one by that name was introduced.</summary>
    public string? ResolveName(string name, int position)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1)
        {
            return ResolveToken(StripPossessive(tokens[0]), position);
        }

        // The fullest registered form holding every word of the mention.
        string? best = null;
        foreach (var candidate in _names)
        {
            var words = candidate.Split(' ');
            if (tokens.All(t => words.Contains(t, StringComparer.Ordinal)) && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The title or role the article first gives a person (<c>Presidential Spokesman</c>), if any.</summary>
    public string? RoleOf(string name) => _roles.GetValueOrDefault(name);

    /// <summary>The person most recently named before <paramref name="position"/>, if any.</summary>
    public string? MostRecentBefore(int position)
    {
        for (var i = _occurrences.Count - 1; i >= 0; i--)
        {
            if (_occurrences[i].Position < position)
            {
                return _occurrences[i].Name;
            }
        }

        return null;
    }

    /// <summary>Adds a name found elsewhere (a speaker line), when it is a person's full name.</summary>
    public void Add(string name, int position)
    {
        if (name.Contains(' ', StringComparison.Ordinal) && !_names.Contains(name, StringComparer.Ordinal))
        {
            _names.Add(name);
            _occurrences.Add((position, name));
            _occurrences.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
    }

    private string? ResolveToken(string token, int position)
    {
        // A full name beats a one-word name ("President Zelenskyy" is Volodymyr Zelenskyy once he was introduced).
        string? before = null, after = null, single = null;
        foreach (var (pos, name) in _occurrences)
        {
            var words = name.Split(' ');
            if (words.Length == 1)
            {
                if (name.Equals(token, StringComparison.Ordinal))
                {
                    single = name;
                }

                continue;
            }

            if (!words[^1].Equals(token, StringComparison.Ordinal) && !words[0].Equals(token, StringComparison.Ordinal))
            {
                continue;
            }

            if (pos <= position)
            {
                before = name;
            }
            else
            {
                after ??= name;
            }
        }

        var found = before ?? after;
        if (found is null)
        {
            return single;
        }

        // The fullest form of that person the article uses.
        var parts = found.Split(' ');
        return _names.Where(n => n.Split(' ') is var w && w.Length > 1 && w[^1] == parts[^1] && w[0] == parts[0]).MaxBy(n => n.Length) ?? found;
    }

    private void AddRun(string text, List<WordToken> words, int runStart, int runEnd, List<(int, string)> singles)
    {
        // Leading sentence words ("The", "According") and titles/nationalities are not part of the name.
        var s = runStart;
        while (s <= runEnd && AttributionLexicon.SentenceStarters.Contains(words[s].Text))
        {
            s++;
        }

        var afterTitle = false;
        for (var k = runEnd; k >= s; k--)
        {
            if (SpeakerNameParser.IsTitleWord(words[k].Text) && k < runEnd)
            {
                afterTitle = true;
                s = k + 1;
                break;
            }
        }

        if (s > runEnd)
        {
            return;
        }

        var tokens = words.GetRange(s, runEnd - s + 1).Select(w => StripPossessive(w.Text)).ToList();
        if (tokens.All(SpeakerNameParser.IsTitleWord))
        {
            return;
        }

        var name = string.Join(' ', tokens);
        if (tokens.Count == 1)
        {
            if (afterTitle && OutletGazetteer.Default.Lookup(name) is null && ResolveToken(name, words[s].Start) is null)
            {
                // "Chancellor Merz": a person known by one name.
                if (!_names.Contains(name, StringComparer.Ordinal))
                {
                    _names.Add(name);
                }

                _occurrences.Add((words[s].Start, name));
            }
            else
            {
                singles.Add((words[s].Start, name));
            }

            return;
        }

        if (tokens.Count > 4 || OutletGazetteer.Default.Lookup(name) is not null || tokens.Any(t => t.Any(char.IsDigit)))
        {
            singles.AddRange(words.GetRange(s, runEnd - s + 1).Select(w => (w.Start, StripPossessive(w.Text))));
            return;
        }

        if (!_names.Contains(name, StringComparer.Ordinal))
        {
            _names.Add(name);
        }

        // "Russian Presidential Spokesman Dmitry Peskov": the role is what stands between nationality and name.
        if (afterTitle && !_roles.ContainsKey(name))
        {
            var roleStart = runStart;
            while (roleStart < s && (AttributionLexicon.SentenceStarters.Contains(words[roleStart].Text) || AttributionLexicon.Demonyms.Contains(words[roleStart].Text)))
            {
                roleStart++;
            }

            if (roleStart < s)
            {
                _roles[name] = text[words[roleStart].Start..words[s - 1].End];
            }
        }

        _occurrences.Add((words[s].Start, name));
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsSpaceOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\u00A0')
            {
                return false;
            }
        }

        return end > start;
    }
}
