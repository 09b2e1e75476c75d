using System.Collections.Frozen;
using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using AttributionKit.Text;
using FuzzySharp;

namespace AttributionKit.Checking.Rules;

/// <summary>AK2003: one quote given twice in different words, or the same words given to two speakers.</summary>
internal sealed class QuoteVariantRule : ArticleRule
{
    private const int MinimumWords = 5;
    private const int SimilarRatio = 85;
    private const int SimilarPartialRatio = 90;

    private static readonly char[] WordPunctuation = ['.', ',', ';', ':', '!', '?', '…', '"', '\'', '“', '”', '(', ')', '—', '–'];
    private static readonly FrozenSet<string> NegationWords = Lexicon.Lines("Lexicons/negation-words.txt").ToFrozenSet(StringComparer.Ordinal);

    internal static readonly RuleDescriptor Rule = new(
        "AK2003",
        "quote-variant",
        "Quote given twice differently",
        "{0}",
        RuleCategory.Quotes,
        Severity.Warning,
        "Finds a quote repeated in the article with different wording (a pull quote that does not match the body, a quote retold with a changed word), and the same quoted words credited to two different speakers. Identical repeats, and repeats that differ only in final punctuation, are fine.",
        "Check the quote against its source and use one wording and one speaker throughout.",
        RuleHelp.For("quote-variant"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // One entry per distinct wording, in order of first appearance, with the first quote of each speaker it is given
        // to. A repeat of a wording is compared by speaker only, so a page that repeats one quote a thousand times costs
        // no more than one that gives it once. The finding points at the earliest quote that differs.
        var quotes = context.Quotes;
        var wordings = new List<(int First, string Text, HashSet<string> Words, List<(int Index, string Speaker)> Speakers)>();
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsHeldBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new List<int>();
        for (var j = 0; j < quotes.Length; j++)
        {
            var text = AttributionPass.Normalize(quotes[j].Text);
            var speaker = quotes[j].Speaker;
            var same = byText.TryGetValue(text, out var w) ? w : -1;
            var earliest = int.MaxValue;
            string? message = null;
            if (same >= 0 && speaker is not null && wordings[same].Speakers.FirstOrDefault(s => s.Speaker != speaker) is { Speaker: not null } other)
            {
                earliest = other.Index;
                message = Describe(quotes[other.Index], quotes[j], text, text);
            }

            var words = same >= 0 ? wordings[same].Words : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

            // Comparing every pair with edit distances is quadratic in characters too; two wordings of one quote share
            // most of their words, so only earlier wordings that do are compared, found through the words they hold.
            foreach (var k in SharingMostWords(words, wordings, wordsHeldBy, shared))
            {
                if (wordings[k].First > earliest)
                {
                    break;
                }

                if (k != same && Describe(quotes[wordings[k].First], quotes[j], wordings[k].Text, text) is { } variant)
                {
                    earliest = wordings[k].First;
                    message = variant;
                    break;
                }
            }

            if (message is not null)
            {
                context.Report(quotes[j].Range, [quotes[earliest].Range], message);
            }

            if (same < 0)
            {
                same = wordings.Count;
                byText[text] = same;
                wordings.Add((j, text, words, []));
                shared.Add(0);
                foreach (var word in words)
                {
                    if (!wordsHeldBy.TryGetValue(word, out var holders))
                    {
                        wordsHeldBy[word] = holders = [];
                    }

                    holders.Add(same);
                }
            }

            if (speaker is not null && !wordings[same].Speakers.Exists(s => s.Speaker == speaker))
            {
                wordings[same].Speakers.Add((j, speaker));
            }
        }
    }

    private static string? Describe(Quote earlier, Quote later, string a, string b)
    {
        if (a == b)
        {
            // A phrase of a few words ("top secret", "deportation force") is a term that people quote from each other,
            // and an unresolved pronoun ("her") may be the other speaker: neither gives one sentence to two people.
            return earlier.Speaker is { } first && later.Speaker is { } second && first != second
                && WordCount(a) >= MinimumWords && !IsPronoun(first) && !IsPronoun(second)
                ? $"The words “{Excerpt.Of(later.Text)}” are given to {second} here and to {first} earlier"
                : null;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        if (WordCount(a) < MinimumWords || WordCount(b) < MinimumWords)
        {
            return null;
        }

        // A shorter quote taken word for word from a longer one is a partial repeat, not a variant.
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return null;
        }

        var similar = Fuzz.Ratio(a, b) >= SimilarRatio
            || (shorter * 10 >= longer * 6 && Fuzz.PartialRatio(a, b) >= SimilarPartialRatio);
        return similar && !DiffersInNegation(a, b)
            ? $"The quote “{Excerpt.Of(later.Text)}” repeats an earlier quote in different words (“{Excerpt.Of(earlier.Text)}”)"
            : null;
    }

    // "This has nothing to do with Islam" / "This has everything to do with Islam": a negation only one of them holds
    // makes them opposite statements, one answering the other, not one quote given twice.
    private static bool DiffersInNegation(string a, string b)
    {
        var wordsOfA = Words(a);
        var wordsOfB = Words(b);
        return wordsOfA.Except(wordsOfB).Concat(wordsOfB.Except(wordsOfA)).Any(IsNegation);

        static HashSet<string> Words(string text) =>
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(WordPunctuation)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsNegation(string word) => NegationWords.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    private static bool IsPronoun(string speaker) => AttributionLexicon.Pronouns.Contains(speaker);

    // The earlier wordings that share at least half the words of the smaller of the two, in order of appearance.
    // shared holds a zero per wording and is left so.
    private static List<int> SharingMostWords(
        HashSet<string> words,
        List<(int First, string Text, HashSet<string> Words, List<(int Index, string Speaker)> Speakers)> wordings,
        Dictionary<string, List<int>> wordsHeldBy,
        List<int> shared)
    {
        var touched = new List<int>();
        foreach (var word in words)
        {
            foreach (var k in wordsHeldBy.GetValueOrDefault(word) ?? [])
            {
                if (shared[k]++ == 0)
                {
                    touched.Add(k);
                }
            }
        }

        touched.Sort();
        var sharing = new List<int>();
        foreach (var k in touched)
        {
            if (shared[k] * 2 >= Math.Min(words.Count, wordings[k].Words.Count))
            {
                sharing.Add(k);
            }

            shared[k] = 0;
        }

        return sharing;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
