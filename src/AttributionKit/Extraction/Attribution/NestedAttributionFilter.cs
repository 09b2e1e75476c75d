namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Keeps one attribution per stretch of reported speech. A reporting clause inside the content of another
/// ("Lee said Ann thinks the plan fails", "Lee reiterated that she wants …") is part of what the outer source
/// reported: the annotated corpora (PolNeAR, PARC) attribute the whole content to the outer source and almost
/// never nest a second relation inside it.
/// </summary>
internal static class NestedAttributionFilter
{
    /// <summary>
    /// The drafts whose content no other draft's content holds, in their order. A draft that attributes quotes is
    /// always kept: its quotes need their speaker. Of two drafts with the same content, one with quotes or else the
    /// first is kept.
    /// </summary>
    public static List<AttributionDraft> Outermost(IReadOnlyList<AttributionDraft> drafts)
    {
        var kept = new List<AttributionDraft>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var inner = drafts[i];
            if (inner.Quotes.Count > 0 || !IsHeldByAnother(drafts, i))
            {
                kept.Add(inner);
            }
        }

        return kept;
    }

    private static bool IsHeldByAnother(IReadOnlyList<AttributionDraft> drafts, int i)
    {
        var content = drafts[i].Content;
        for (var j = 0; j < drafts.Count; j++)
        {
            var outer = drafts[j].Content;
            if (j == i || outer.Start > content.Start || outer.End < content.End)
            {
                continue;
            }

            // The same content twice: the draft with quotes keeps it, else the first.
            if (outer.Start == content.Start && outer.End == content.End && j > i && drafts[j].Quotes.Count == 0)
            {
                continue;
            }

            // "“A,” Lee said, adding that B. “C.”": content that stands between the quotes of a direct attribution is
            // no part of them.
            if (drafts[j].Quotes.Count > 0 && !drafts[j].Quotes.SelectMany(q => q.OuterPieces).Any(p => p.Start < content.End && content.Start < p.End))
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
