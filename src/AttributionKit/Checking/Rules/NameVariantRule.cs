using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Text;
using FuzzySharp;

namespace AttributionKit.Checking.Rules;

/// <summary>AK2004: one person's name spelled two ways in one article (<c>Zelenskyy</c> / <c>Zelensky</c>).</summary>
internal sealed class NameVariantRule : ArticleRule
{
    private const int SimilarRatio = 85;
    private const int MinimumLength = 4;

    /// <summary>
    /// The most surnames compared, in order of first appearance. A news article names a few dozen people; a page
    /// naming thousands (a roster, a results table) would cost the square of that, for spellings no editor checks there.
    /// </summary>
    internal const int MaxSurnames = 500;

    internal static readonly RuleDescriptor Rule = new(
        "AK2004",
        "name-variant",
        "Name spelled two ways",
        "“{0}” looks like another spelling of {1}",
        RuleCategory.Consistency,
        Severity.Warning,
        "Finds a person's surname written in two spellings in one article (Zelenskyy and Zelensky). Surnames of the people the article names are compared with every other capitalised word by fuzzy similarity; two full names with different first names are taken to be different people.",
        "Pick one spelling (your style guide's, or the person's own) and use it throughout.",
        RuleHelp.For("name-variant"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.State.Attribution.People is not { } people)
        {
            return;
        }

        var text = context.Article.Text;
        var fullNames = people.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n.Split(' ')).ToList();
        var surnames = fullNames.Select(n => n[^1]).Where(s => s.Length >= MinimumLength).Distinct(StringComparer.Ordinal).Take(MaxSurnames).ToList();
        if (surnames.Count == 0)
        {
            // No surname to compare: reading every word of the article would find nothing to report.
            return;
        }

        // Each capitalised word where it first stands, grouped by its first letter (a variant shares it), in text order.
        var firstSeen = new Dictionary<string, TextRange>(StringComparer.Ordinal);
        var byInitial = new Dictionary<char, List<string>>();
        var lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordTokenizer.Tokenize(text, 0, text.Length))
        {
            var w = Strip(word.Text);
            if (w.Length >= MinimumLength && char.IsLower(w[0]))
            {
                lowerCaseWords.Add(w);
            }

            if (word.IsCapitalized && w.Length >= MinimumLength && !w.Contains('-', StringComparison.Ordinal) && firstSeen.TryAdd(w, new TextRange(word.Start, word.Start + w.Length)))
            {
                var initial = Initial(w);
                if (!byInitial.TryGetValue(initial, out var group))
                {
                    byInitial[initial] = group = [];
                }

                group.Add(w);
            }
        }

        // The first names each surname is given, looked up for every similar pair.
        var firstNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in fullNames)
        {
            if (!firstNames.TryGetValue(name[^1], out var firsts))
            {
                firstNames[name[^1]] = firsts = new HashSet<string>(StringComparer.Ordinal);
            }

            firsts.Add(name[0]);
        }

        // Each word lower-cased once for the fuzzy comparison, not once for every surname it is compared with (the
        // pairs are surnames × capitalised words: lower-casing them was 1.4 % of a check's time on trafilatura's pages).
        var lower = Memoized(InvariantLowerCase.Of);

        // "Christine" / "Christie": a first name of someone the article names is compared only with that person's
        // other first names (below), never with surnames.
        var allFirstNames = firstNames.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);

        // Each word's accents dropped once too: a word above ASCII is compared with every surname of its initial.
        var fold = Memoized(Diacritics.Fold);

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var surname in surnames)
        {
            if (!firstSeen.TryGetValue(surname, out var surnameAt))
            {
                continue;
            }

            foreach (var word in byInitial.GetValueOrDefault(Initial(surname)) ?? [])
            {
                var at = firstSeen[word];
                if (word == surname || reported.Contains(word) || !IsVariant(surname, word, lower, fold) || IsOtherPerson(word, surname, firstNames)
                    || SpeakerNameParser.IsTitleWord(word) || OutletGazetteer.Default.Lookup(word) is not null
                    || IsCommonWord(word, lower, lowerCaseWords) || IsKnownWord(lower(word)) || IsKnownWord(lower(surname))
                    || allFirstNames.Contains(word))
                {
                    continue;
                }

                reported.Add(word);
                ReportPair(context, at, surnameAt);
            }
        }

        // "Mairead Flynn" and "Mairéad Flynn": first names are never compared by similarity (two Johns are two
        // people), but one surname's first names that differ only in their accents are one person's.
        foreach (var firsts in firstNames.Values.Where(f => f.Count > 1))
        {
            foreach (var spellings in firsts.Where(firstSeen.ContainsKey).GroupBy(Diacritics.Fold, StringComparer.Ordinal))
            {
                var ordered = spellings.Select(f => firstSeen[f]).OrderBy(r => r.Start).ToList();
                foreach (var later in ordered.Skip(1))
                {
                    if (reported.Add(text.Substring(later.Start, later.Length)))
                    {
                        ReportPair(context, later, ordered[0]);
                    }
                }
            }
        }
    }

    // A function of a word computed once per word and check.
    private static Func<string, string> Memoized(Func<string, string> compute)
    {
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        return word =>
        {
            if (!results.TryGetValue(word, out var result))
            {
                result = compute(word);
                results[word] = result;
            }

            return result;
        };
    }

    private static void ReportPair(RuleContext context, TextRange one, TextRange other)
    {
        var text = context.Article.Text;
        var (later, earlier) = one.Start > other.Start ? (one, other) : (other, one);
        context.Report(later, [earlier], text.Substring(later.Start, later.Length), text.Substring(earlier.Start, earlier.Length));
    }

    // Spellings that differ in an accent on the first letter ("Émile", "Emile") share a group.
    private static char Initial(string word) =>
        char.ToUpperInvariant(char.IsAscii(word[0]) ? word[0] : Diacritics.Fold(word[..1]) is { Length: > 0 } folded ? folded[0] : word[0]);

    // The two words share their initial (Initial): only words of the surname's initial group are compared.
    private static bool IsVariant(string a, string b, Func<string, string> lower, Func<string, string> fold)
    {
        // "Müller" / "Muller": an accent dropped is a variant however short the name (their ratio is only 83).
        if (fold(a) == fold(b))
        {
            return true;
        }

        // "TRUMP" / "Trump": capitals are the style of a heading or a shout, not another spelling.
        if (IsAllCapitals(a) || IsAllCapitals(b))
        {
            return false;
        }

        // One word that is the other with an ending is another word: a plural or a demonym ("Clintons", "Russian",
        // "Israeli", "Democratic"), or another name ("Capito" / "Capitol"). A doubled last letter is a spelling:
        // "Zelensky" / "Zelenskyy".
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal)
            && !(longer.Length == shorter.Length + 1 && longer[^1] == shorter[^1]))
        {
            return false;
        }

        // Most pairs differ too much in length to be similar at all: decided without lower-casing or aligning them.
        return BestRatio(a.Length, b.Length) >= SimilarRatio && Fuzz.Ratio(lower(a), lower(b)) >= SimilarRatio;
    }

    /// <summary>
    /// The highest <see cref="Fuzz.Ratio(string, string)"/> two words of these lengths can have, computed as FuzzySharp
    /// does (100 × (sum of lengths − edit distance) / sum, rounded) with the smallest edit distance they can have: the
    /// difference of their lengths. Lower-casing keeps a word's length, so this bounds the ratio of the lowered words.
    /// </summary>
    internal static int BestRatio(int length1, int length2)
    {
        var sum = length1 + length2;
        return sum == 0 ? 0 : (int)Math.Round(100 * ((sum - Math.Abs(length1 - length2)) / (double)sum));
    }

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    // "More" / "Moore", "Note" / "Nolte": a capitalised word the article also writes in lower case is a word of the
    // language that opens a sentence, not a name.
    private static bool IsCommonWord(string word, Func<string, string> lower, HashSet<string> lowerCaseWords) =>
        lowerCaseWords.Contains(lower(word));

    // "Analysts" / "Analysis", "Board" / "Bovard", "Note" / "Nolte": a word the lexicons know as a role, an institution
    // or a reporting verb is a word of the language in capitals (a label line, a sentence's first word, part of an
    // institution's name), not a misspelt surname.
    private static bool IsKnownWord(string lower)
    {
        var singular = lower.Length > 3 && lower.EndsWith('s') ? lower[..^1] : lower;
        return AttributionLexicon.Roles.Contains(lower) || AttributionLexicon.Roles.Contains(singular)
            || AttributionLexicon.InstitutionHeads.Contains(lower) || AttributionLexicon.InstitutionHeads.Contains(singular)
            || AttributionLexicon.IsReportingVerbWord(lower);
    }

    // "Johnson" and "Johnston" are two people when both are full names with different first names.
    private static bool IsOtherPerson(string word, string surname, Dictionary<string, HashSet<string>> firstNames) =>
        firstNames.TryGetValue(word, out var firstsOfWord) && firstNames.TryGetValue(surname, out var firstsOfSurname)
        && !firstsOfWord.Overlaps(firstsOfSurname);

    private static string Strip(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('.');
}
