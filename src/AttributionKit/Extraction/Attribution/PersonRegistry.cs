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
    private readonly HashSet<string> _nameSet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    // Indexes that keep a surname's lookup from scanning every occurrence and name (a long page names hundreds):
    // the occurrences of several-word names by their first and by their last word, in the order of _occurrences;
    // the names known by one word; the fullest name for a first and last word.
    private readonly Dictionary<string, List<(int Position, string Name)>> _occurrencesByWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _oneWordNames = new(StringComparer.Ordinal);
    private readonly Dictionary<(string First, string Last), string> _fullest = [];

    // The names holding each word, in order of first appearance: a page naming thousands of people is not searched
    // name by name for each mention.
    private readonly Dictionary<string, List<string>> _namesByWord = new(StringComparer.Ordinal);

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
        for (var b = 0; b < article.Blocks.Length; b++)
        {
            // Headlines capitalise every word; they name no one the body does not name.
            var block = article.Blocks[b];
            if (block.Kind is BlockKind.Preformatted or BlockKind.Dateline || QuoteScanner.IsHeadline(article, b))
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
                registry.AddOccurrence(position, name);
            }
        }

        registry.SortOccurrences();
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

        // The fullest registered form holding every word of the mention; only names holding its first word can.
        string? best = null;
        foreach (var candidate in _namesByWord.GetValueOrDefault(tokens[0]) ?? [])
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
        // The occurrences are in text order once built: the last one before the position is found by halving.
        var i = FirstAtOrAfter(_occurrences, position) - 1;
        return i >= 0 ? _occurrences[i].Name : null;
    }

    /// <summary>Adds a name found elsewhere (a speaker line), when it is a person's full name.</summary>
    public void Add(string name, int position)
    {
        if (name.Contains(' ', StringComparison.Ordinal) && AddName(name))
        {
            // Into its place in text order, in the list and in its words' indexes, rather than sorting and indexing
            // every occurrence again: an article that brings thousands of speaker lines would otherwise cost the
            // square of their number.
            Insert(_occurrences, position, name);
            var (first, last) = FirstAndLast(name);
            Insert(IndexFor(first), position, name);
            if (last != first)
            {
                Insert(IndexFor(last), position, name);
            }
        }
    }

    // Inserted after the occurrences at the same position, where sorting the list again would most often leave it.
    private static void Insert(List<(int Position, string Name)> occurrences, int position, string name) =>
        occurrences.Insert(FirstAtOrAfter(occurrences, position + 1), (position, name));

    // The index of the first occurrence at or after the position, in a list in text order.
    private static int FirstAtOrAfter(List<(int Position, string Name)> occurrences, int position)
    {
        int low = 0, high = occurrences.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (occurrences[mid].Position < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private string? ResolveToken(string token, int position)
    {
        // A full name beats a one-word name ("President Zelenskyy" is Volodymyr Zelenskyy once he was introduced).
        // A name the word ends beats one it opens: news copy calls people by their surnames, so "Holt" after "Dana
        // Holt" and "the Holt Express" is Dana Holt, however recent the other; "Dana" alone still finds Dana Holt.
        string? surnameBefore = null, surnameAfter = null, firstBefore = null, firstAfter = null;
        if (_occurrencesByWord.TryGetValue(token, out var occurrences))
        {
            foreach (var (pos, name) in occurrences)
            {
                var isSurname = name.EndsWith(token, StringComparison.Ordinal) && name[^(token.Length + 1)] == ' ';
                if (pos <= position)
                {
                    (isSurname ? ref surnameBefore : ref firstBefore) = name;
                }
                else if (isSurname)
                {
                    surnameAfter ??= name;
                }
                else
                {
                    firstAfter ??= name;
                }
            }
        }

        var found = surnameBefore ?? surnameAfter ?? firstBefore ?? firstAfter;
        if (found is null)
        {
            return _oneWordNames.Contains(token) ? token : null;
        }

        // The fullest form of that person the article uses.
        return _fullest.GetValueOrDefault(FirstAndLast(found), found);
    }

    // Records a name once; false when it was known.
    private bool AddName(string name)
    {
        if (!_nameSet.Add(name))
        {
            return false;
        }

        _names.Add(name);
        foreach (var word in name.Split(' ').Distinct(StringComparer.Ordinal))
        {
            if (!_namesByWord.TryGetValue(word, out var names))
            {
                _namesByWord[word] = names = [];
            }

            names.Add(name);
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            var key = FirstAndLast(name);
            if (!_fullest.TryGetValue(key, out var fullest) || name.Length > fullest.Length)
            {
                _fullest[key] = name;
            }
        }

        return true;
    }

    private void AddOccurrence(int position, string name)
    {
        _occurrences.Add((position, name));
        Index(position, name);
    }

    private void Index(int position, string name)
    {
        var (first, last) = FirstAndLast(name);
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            _oneWordNames.Add(name);
            return;
        }

        AddTo(first, position, name);
        if (last != first)
        {
            AddTo(last, position, name);
        }
    }

    private void AddTo(string word, int position, string name) => IndexFor(word).Add((position, name));

    private List<(int Position, string Name)> IndexFor(string word)
    {
        if (!_occurrencesByWord.TryGetValue(word, out var list))
        {
            _occurrencesByWord[word] = list = [];
        }

        return list;
    }

    // Sorting changes which earlier occurrence is the latest; the index follows the new order.
    private void SortOccurrences()
    {
        _occurrences.Sort((a, b) => a.Position.CompareTo(b.Position));
        _occurrencesByWord.Clear();
        _oneWordNames.Clear();
        foreach (var (position, name) in _occurrences)
        {
            Index(position, name);
        }
    }

    private static (string First, string Last) FirstAndLast(string name)
    {
        var firstSpace = name.IndexOf(' ', StringComparison.Ordinal);
        return firstSpace < 0 ? (name, name) : (name[..firstSpace], name[(name.LastIndexOf(' ') + 1)..]);
    }

    private void AddRun(string text, List<WordToken> words, int runStart, int runEnd, List<(int, string)> singles)
    {
        // Leading sentence words ("The", "According") and titles/nationalities are not part of the name.
        var s = runStart;
        while (s <= runEnd && AttributionLexicon.SentenceStarters.Contains(words[s].Text))
        {
            s++;
        }

        // "Continued Stone:", "Said Ruiz": a reporting verb opening the sentence before the name.
        if (s == runStart && s < runEnd && AttributionLexicon.MatchVerb(words, s) == 1 && (words[s].Lower.EndsWith("ed", StringComparison.Ordinal) || words[s].Lower == "said"))
        {
            s++;
        }

        var afterTitle = false;
        for (var k = runEnd; k >= s; k--)
        {
            if ((SpeakerNameParser.IsTitleWord(words[k].Text) || AttributionLexicon.OccupationTitles.Contains(words[k].Text)) && k < runEnd)
            {
                afterTitle = true;
                s = k + 1;
                break;
            }
        }

        // "CNN’s Dana Holt", "Reuters’ Brad Heath", "Nora Vale’s Harbour Trust": a possessor and what it owns are two
        // names, not one ("CNN Dana Holt").
        for (var k = runEnd - 1; k >= s; k--)
        {
            if (SpeakerNameParser.IsPossessive(text, words[k]))
            {
                AddRun(text, words, s, k, singles);
                // One word after the possessor is a thing it owns ("Clinton’s Iraq policy", "the paper’s Board of
                // Contributors"), not a person.
                if (runEnd == k + 1)
                {
                    return;
                }

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
            // Not an institution after a party or nationality ("the Republican National Committee").
            if (afterTitle && OutletGazetteer.Default.Lookup(name) is null && !AttributionLexicon.InstitutionHeads.Contains(name) && ResolveToken(name, words[s].Start) is null)
            {
                // "Chancellor Merz": a person known by one name.
                AddName(name);
                AddOccurrence(words[s].Start, name);
            }
            else
            {
                singles.Add((words[s].Start, name));
            }

            return;
        }

        // "Troy University", "the Harbour Board": an institution, which no later "he" or surname refers to; nor a place
        // named like a person ("New York", "Puerto Rico"), nor a description by party or a people's plural ("the
        // Wisconsin Republican", "Muslim Americans"; a surname like a language, "Bryan English", stays a name).
        if (AttributionLexicon.InstitutionHeads.Contains(tokens[^1]) || AttributionLexicon.Regions.Contains(name) || AttributionLexicon.PlaceNames.Contains(name)
            || AttributionLexicon.PartyMemberWords.Contains(tokens[^1]) || (tokens[^1].EndsWith('s') && AttributionLexicon.Demonyms.Contains(tokens[^1][..^1])))
        {
            return;
        }

        if (tokens.Count > 4 || OutletGazetteer.Default.Lookup(name) is not null || tokens.Any(t => t.Any(char.IsDigit)))
        {
            singles.AddRange(words.GetRange(s, runEnd - s + 1).Select(w => (w.Start, StripPossessive(w.Text))));
            return;
        }

        AddName(name);

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

        AddOccurrence(words[s].Start, name);
    }

    /// <summary>The word without a possessive <c>’s</c> or <c>'s</c> ("Rubio’s" → "Rubio").</summary>
    public static string StripPossessive(string word) =>
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
