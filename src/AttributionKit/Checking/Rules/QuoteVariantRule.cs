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
        // One entry per distinct wording, in order of first appearance, with the first quote of each speaker it is given
        // to. A repeat of a wording is compared by speaker only, so a page that repeats one quote a thousand times costs
        // no more than one that gives it once. The finding points at the earliest quote that differs.
        var quotes = context.Quotes;
        var wordings = new List<(int First, string Text, HashSet<string> Words, List<(int Index, string Speaker)> Speakers)>();
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
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
            foreach (var wording in wordings)
            {
                // Comparing every pair with edit distances is quadratic in characters too; two wordings of one quote
                // share most of their words, so pairs that do not are skipped before the fuzzy comparison.
                if (wording.First > earliest)
                {
                    break;
                }

                if (wording.Text != text && ShareMostWords(wording.Words, words) && Describe(quotes[wording.First], quotes[j], wording.Text, text) is { } variant)
                {
                    earliest = wording.First;
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
