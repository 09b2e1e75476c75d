using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A reporting clause set off by commas right after another cue ("The figures show, Holt said, that the pier lost
/// money"; "The mayor believes, Vale said, that …") is the report: what stands before it is part of what Holt said, not a
/// relation of its own whose content swallows Holt's. The parenthetical's content then reaches back over the outer
/// source and cue, so the outer draft lies inside it and <see cref="NestedAttributionFilter"/> drops it.
/// </summary>
internal static class ParentheticalReport
{
    /// <summary>Widens each parenthetical report's content over the clause its commas interrupt.</summary>
    /// <param name="text">The article's main text, which the drafts' ranges index.</param>
    /// <param name="drafts">The drafts of the article.</param>
    public static void TakeInterruptedClauses(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        var byContentStart = drafts.Where(d => d.Source is not null && d.Cue is not null)
            .GroupBy(d => d.Source!.Value.Start).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var outer in drafts)
        {
            if (outer.Cue is not { } cue || outer.Quotes.Count > 0)
            {
                continue;
            }

            // ", " right after the outer cue, then the parenthetical's source.
            var at = cue.End;
            if (at >= text.Length || text[at] != ',')
            {
                continue;
            }

            at++;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (!byContentStart.TryGetValue(at, out var candidates))
            {
                continue;
            }

            foreach (var inner in candidates)
            {
                if (inner == outer || inner.Quotes.Count > 0 || !ClosesWithComma(text, inner)
                    || inner.Content.End > outer.Content.End || inner.Cue!.Value.End > outer.Content.End)
                {
                    continue;
                }

                inner.Content = new TextRange(outer.Source?.Start ?? cue.Start, outer.Content.End);
                break;
            }
        }
    }

    // "Holt said in an interview, that …": a comma closes the parenthetical between its cue and its content.
    private static bool ClosesWithComma(string text, AttributionDraft inner)
    {
        var cueEnd = inner.Cue!.Value.End;
        var contentStart = inner.Content.Start;
        return contentStart > cueEnd && text.AsSpan(cueEnd, contentStart - cueEnd).Contains(',');
    }
}
