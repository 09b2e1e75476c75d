using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Claims;
using AttributionKit.Extraction.Dates;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Segmentation;

namespace AttributionKit.Extraction;

/// <summary>Everything the extraction stages produced for one article; what the rules check.</summary>
internal sealed record AnalysisState(
    SegmentedArticle Segmented,
    DateOnly? ReferenceDate,
    DateExtraction Dates,
    OutletExtraction Outlets,
    AttributionExtraction Attribution,
    ClaimExtraction Claims);
