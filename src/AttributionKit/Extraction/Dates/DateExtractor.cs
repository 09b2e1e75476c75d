using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Dates;

/// <summary>Finds date and time expressions and resolves them against the reference date. Thread-safe; one per process.</summary>
internal static class DateExtractor
{
    /// <summary>Extracts the article's date expressions.</summary>
    public static DateExtraction Extract(SegmentedArticle article, DateOnly? referenceDate)
    {
        _ = article;
        _ = referenceDate;
        return DateExtraction.Empty;
    }
}
