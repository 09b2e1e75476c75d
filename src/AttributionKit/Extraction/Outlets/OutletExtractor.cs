using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Outlets;

/// <summary>Finds the outlets, agencies, platforms and bodies an article cites. Thread-safe.</summary>
internal static class OutletExtractor
{
    /// <summary>Extracts the article's cited outlets, with the options' extra aliases.</summary>
    public static OutletExtraction Extract(SegmentedArticle article, AnalyzeOptions options)
    {
        _ = article;
        _ = options;
        return OutletExtraction.Empty;
    }
}
