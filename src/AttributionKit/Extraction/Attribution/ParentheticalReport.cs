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
        var bySourceStart = drafts.Where(d => d.Source is not null && d.Cue is not null)
            .GroupBy(d => d.Source!.Value.Start).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var outer in drafts)
        {
            if (outer.Cue is not { } cue)
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

            if (!bySourceStart.TryGetValue(at, out var candidates))
            {
                continue;
            }

            foreach (var inner in candidates)
            {
                if (inner == outer || !ClosesWithComma(text, inner)
                    || inner.Content.End > outer.Content.End || inner.Cue!.Value.End > outer.Content.End)
                {
                    continue;
                }

                inner.Content = new TextRange(outer.Source?.Start ?? cue.Start, outer.Content.End);

                // "Cost estimates, Holt added, were “far too high.”": the quote after the parenthetical is Holt's.
                SubjectReportsAgain.MoveQuotesAfter(outer, inner.Cue.Value.End, inner);
                break;
            }
        }
    }

    // "Holt said in an interview, that …": the parenthetical is a source and its cue with nothing between them, and a
    // comma closes it before its content. "When asked whom she supported, Vale smiled and said …" is no parenthetical:
    // the cue there stands before the source it was read with.
    private static bool ClosesWithComma(string text, AttributionDraft inner)
    {
        var source = inner.Source!.Value;
        var cue = inner.Cue!.Value;
        var contentStart = inner.Content.Start;
        return source.End <= cue.Start && string.IsNullOrWhiteSpace(text[source.End..cue.Start])
            && contentStart > cue.End && text.AsSpan(cue.End, contentStart - cue.End).Contains(',');
    }
}
