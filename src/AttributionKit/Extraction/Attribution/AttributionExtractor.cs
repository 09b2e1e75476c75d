using AttributionKit.Extraction.Outlets;
using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Attribution;

/// <summary>Finds quotes, reported speech, their speakers, cues and where they were said. Thread-safe.</summary>
internal static class AttributionExtractor
{
    /// <summary>Extracts the article's quotes and attributions.</summary>
    /// <remarks>
    /// Where a quote was said (an outlet or platform) is read from the outlet gazetteer directly, around each cue, so the
    /// stage does not depend on which outlets the outlet stage chose to report as cited. From the outlet stage it takes
    /// only the names the gazetteer does not know, read from a citation pattern (<c>told the Western Courier</c>),
    /// since nothing else could tell a news outlet there from any other capitalised name.
    /// </remarks>
    public static AttributionExtraction Extract(SegmentedArticle article, OutletExtraction outlets)
    {
        var unknown = outlets.Mentions.Where(m => !m.Entry.IsKnown).ToList();
        return AttributionPass.Run(article, unknown);
    }
}
