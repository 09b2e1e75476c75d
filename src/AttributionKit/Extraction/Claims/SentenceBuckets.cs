using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// The items of a list (dates, outlet mentions, attributions, quotes) that meet each sentence, in the list's order.
/// Each item finds its sentences by binary search: reading every item for every sentence made a document of ten
/// thousand sentences and as many figures take minutes.
/// </summary>
internal sealed class SentenceBuckets
{
    private readonly List<int>?[] _items;

    private SentenceBuckets(List<int>?[] items) => _items = items;

    /// <summary>
    /// Puts each item in the bucket of every sentence its range touches (overlaps, or borders: callers apply their
    /// own exact test, so the buckets may hold a little more than they need, never less).
    /// </summary>
    public static SentenceBuckets Build(SegmentedArticle article, int count, Func<int, TextRange> rangeOf)
    {
        var sentences = article.Sentences;
        var items = new List<int>?[sentences.Length];
        for (var i = 0; i < count; i++)
        {
            var range = rangeOf(i);
            var first = article.FindSentenceIndex(range.Start - 1);
            for (var s = first; s >= 0 && s < sentences.Length && sentences[s].Range.Start <= range.End; s++)
            {
                (items[s] ??= []).Add(i);
            }
        }

        return new SentenceBuckets(items);
    }

    /// <summary>The indexes of the items that touch sentence <paramref name="sentence"/>, in ascending order.</summary>
    public IReadOnlyList<int> At(int sentence) => _items[sentence] ?? (IReadOnlyList<int>)[];
}
