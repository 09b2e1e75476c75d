using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using FuzzySharp;

namespace AttributionKit.Checking.Rules;

/// <summary>AK2003: one quote given twice in different words, or the same words given to two speakers.</summary>
internal sealed class QuoteVariantRule : ArticleRule
{
    private const int MinimumWords = 5;
    private const int SimilarRatio = 85;
    private const int SimilarPartialRatio = 90;

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
        var quotes = context.Quotes;
        var normalized = quotes.Select(q => AttributionPass.Normalize(q.Text)).ToList();
        var words = normalized.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var j = 1; j < quotes.Length; j++)
        {
            for (var i = 0; i < j; i++)
            {
                // Comparing every pair with edit distances is quadratic in characters too; two wordings of one quote
                // share most of their words, so pairs that do not are skipped before the fuzzy comparison.
                if (normalized[i] != normalized[j] && !ShareMostWords(words[i], words[j]))
                {
                    continue;
                }

                if (Describe(quotes[i], quotes[j], normalized[i], normalized[j]) is { } message)
                {
                    context.Report(quotes[j].Range, [quotes[i].Range], message);
                    break;
                }
            }
        }
    }

    private static string? Describe(Quote earlier, Quote later, string a, string b)
    {
        if (a == b)
        {
            return earlier.Speaker is not null && later.Speaker is not null && earlier.Speaker != later.Speaker
                ? $"The words “{Excerpt.Of(later.Text)}” are given to {later.Speaker} here and to {earlier.Speaker} earlier"
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
        return similar
            ? $"The quote “{Excerpt.Of(later.Text)}” repeats an earlier quote in different words (“{Excerpt.Of(earlier.Text)}”)"
            : null;
    }

    private static bool ShareMostWords(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared * 2 >= small.Count;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
