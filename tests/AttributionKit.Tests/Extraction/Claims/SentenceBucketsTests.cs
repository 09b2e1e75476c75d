using AttributionKit.Extraction.Claims;
using AttributionKit.Segmentation;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Claims;

public class SentenceBucketsTests
{
    private static SegmentedArticle Segment(string text) =>
        SentenceSegmenter.Segment(ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Article);

    [Fact]
    public void Each_item_lands_in_every_sentence_it_touches_in_list_order()
    {
        var article = Segment("One went. Two came. Three left.");
        var text = article.Text;
        TextRange Of(string s) => new(text.IndexOf(s, StringComparison.Ordinal), text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        TextRange[] items = [Of("Three"), Of("went. Two"), Of("One"), Of("came")];

        var buckets = SentenceBuckets.Build(article, items.Length, i => items[i]);

        buckets.At(0).Should().Equal(1, 2);
        buckets.At(1).Should().Equal(1, 3);
        buckets.At(2).Should().Equal(0);
    }

    [Fact]
    public void A_bucket_holds_at_least_every_item_that_overlaps_its_sentence()
    {
        var article = Segment("Alpha beta gamma. Delta epsilon. Zeta eta theta iota. Kappa.");
        var length = article.Text.Length;
        var items = new List<TextRange>();
        for (var start = 0; start < length; start += 3)
        {
            items.Add(new TextRange(start, Math.Min(length, start + 7)));
        }

        var buckets = SentenceBuckets.Build(article, items.Count, i => items[i]);

        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var expected = Enumerable.Range(0, items.Count).Where(i => items[i].Overlaps(article.Sentences[s].Range));
            buckets.At(s).Should().Contain(expected).And.BeInAscendingOrder();
        }
    }
}
