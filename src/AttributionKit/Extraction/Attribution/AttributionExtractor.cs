using AttributionKit.Extraction.Outlets;
using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Attribution;

/// <summary>Finds quotes, reported speech, their speakers, cues and where they were said. Thread-safe.</summary>
internal static class AttributionExtractor
{
    /// <summary>Extracts the article's quotes and attributions.</summary>
    /// <remarks>
    /// Where a quote was said (an outlet or platform) is read from the outlet gazetteer directly, around each cue, so the
    /// stage does not depend on which outlets the outlet stage chose to report as cited.
    /// </remarks>
    public static AttributionExtraction Extract(SegmentedArticle article, OutletExtraction outlets)
    {
        _ = outlets;
        return AttributionPass.Run(article);
    }
}
