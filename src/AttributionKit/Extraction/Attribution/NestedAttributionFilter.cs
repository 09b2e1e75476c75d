using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Keeps one attribution per stretch of reported speech. A reporting clause inside the content of another
/// ("Lee said Ann thinks the plan fails", "Lee reiterated that she wants …") is part of what the outer source
/// reported: the annotated corpora (PolNeAR, PARC) attribute the whole content to the outer source and almost
/// never nest a second relation inside it. A reporting clause that stands in a clause of its own inside that content
/// (<see cref="EmbeddedClause"/>: "the report, which found …") is kept beside the outer one.
/// </summary>
internal static class NestedAttributionFilter
{
    /// <summary>
    /// The drafts whose content no other draft's content holds, in their order. A draft that attributes quotes is
    /// kept unless it only repeats the draft holding it (see <see cref="RepeatsHolder"/>); its quotes keep their speaker
    /// through the draft either way. Of two drafts with the same content, one with quotes or else the first is kept.
    /// </summary>
    /// <param name="text">The article's main text, which the drafts' ranges index.</param>
    /// <param name="drafts">The drafts of the article.</param>
    public static List<AttributionDraft> Outermost(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        ParentheticalReport.TakeInterruptedClauses(text, drafts);
        QuoteAfterColonLeadIn.StartAtQuotes(text, drafts);
        QuoteAfterOpeningClause.StartAtQuotes(text, drafts);
        QuoteCreditInsideContent.Split(text, drafts);
        EndBeforeCoordinatedClauses(text, drafts);

        // The drafts by where their content starts, with the furthest end reached so far, so that a draft is not compared
        // with every other one: a page can hold thousands.
        var byStart = Enumerable.Range(0, drafts.Count).OrderBy(k => drafts[k].Content.Start).ToArray();
        var furthestEnd = new int[byStart.Length];
        for (var p = 0; p < byStart.Length; p++)
        {
            furthestEnd[p] = Math.Max(p > 0 ? furthestEnd[p - 1] : int.MinValue, drafts[byStart[p]].Content.End);
        }

        var kept = new List<AttributionDraft>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var inner = drafts[i];
            var holder = HolderOf(text, drafts, i, byStart, furthestEnd);
            if (holder is null && TrailingCreditOverReport.IsCreditedWithin(text, inner, drafts))
            {
                continue;
            }

            if (RelativeStanceInSource.IsWithinOtherSource(text, inner, drafts))
            {
                continue;
            }

            if (holder is null || (inner.Quotes.Count > 0 && !RepeatsHolder(inner, holder) && !NamesWithinHolder(text, inner)))
            {
                kept.Add(inner);
            }
        }

        return WithoutRepeatedCue(text, kept);
    }

    // "Most say yes, but 55 percent of all voters say she does not": a reporting clause coordinated with the content of
    // another ends that content before it and stays a relation of its own (see CoordinatedClause), and so does one in a
    // phrase "…, with 50 percent saying …" (see AbsoluteReport). So does the same source's next cue ("endorsed the plan,
    // citing its cost": see SubjectReportsAgain).
    private static void EndBeforeCoordinatedClauses(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        var ends = new Dictionary<AttributionDraft, (int End, AttributionDraft? Heir)>();
        foreach (var outer in drafts)
        {
            foreach (var inner in drafts)
            {
                if (inner == outer || inner.Content.Start <= outer.Content.Start || inner.Content.End > outer.Content.End
                    || (outer.Cue is { } cue && outer.Source is { } source && PreposedCredit.Credits(cue, source, outer.Content)))
                {
                    // "According to the Gazette, Holt praised the donors, and she asked …": a credit set before its
                    // sentence vouches for every clause of it.
                    continue;
                }

                var coordinated = CoordinatedClause.OuterEnd(text, outer, inner) ?? AbsoluteReport.OuterEnd(text, outer, inner);
                var end = coordinated ?? SubjectReportsAgain.OuterEnd(text, outer, inner) ?? GappedRelativeReport.OuterEnd(text, outer, inner);
                if (end is { } cut && (!ends.TryGetValue(outer, out var known) || cut < known.End))
                {
                    ends[outer] = (cut, coordinated is null ? inner : null);
                }
            }
        }

        foreach (var (outer, (cut, heir)) in ends)
        {
            var reported = outer.Content;
            var end = EndBeforeOwnCredit(text, outer, cut);
            outer.Content = new TextRange(reported.Start, end);
            if (heir is not null)
            {
                SubjectReportsAgain.MoveQuotesAfter(outer, cut, heir);
                EndReportedClausesAt(drafts, reported, cut, heir);
            }
        }
    }

    // "The ferry was insured for $3 million, records show, and sailors say it is worth far less": a credit that
    // interrupted its content (see InterruptingCredit) is left at the end of it once the next clause is cut off; what
    // records show ends before their credit, which is no part of it.
    private static int EndBeforeOwnCredit(string text, AttributionDraft outer, int end)
    {
        if (outer.Cue is not { } cue)
        {
            return end;
        }

        var creditStart = outer.Source is { } source ? Math.Min(source.Start, cue.Start) : cue.Start;
        var creditEnd = outer.Source is { } named ? Math.Max(named.End, cue.End) : cue.End;
        if (creditStart <= outer.Content.Start || creditEnd > end || !text.AsSpan(creditEnd, end - creditEnd).Trim().IsEmpty)
        {
            return end;
        }

        var kept = text.AsSpan(outer.Content.Start, creditStart - outer.Content.Start).TrimEnd().TrimEnd(',').TrimEnd();
        return kept.IsEmpty ? end : outer.Content.Start + kept.Length;
    }

    // "The clerk first said he did not recall the vote, but in a later interview said …": where the subject's next report
    // ends what its first cue reported, it ends every relation reported inside that too ("he did not recall the
    // vote"), which would otherwise hold the next report and hide it.
    private static void EndReportedClausesAt(IReadOnlyList<AttributionDraft> drafts, TextRange reported, int end, AttributionDraft heir)
    {
        foreach (var draft in drafts)
        {
            var content = draft.Content;
            if (draft != heir && content.Start > reported.Start && content.Start < end && content.End > end && content.End <= reported.End
                && draft.Quotes.Count == 0)
            {
                draft.Content = new TextRange(content.Start, end);
            }
        }
    }

    // "…, warning that Britain would go to the “back of the queue” …": the quote inside a content drafted a relation of
    // its own with the same source and cue; it says again part of what the outer one holds, so it is not reported
    // twice. The quote keeps its speaker through its own draft.
    private static List<AttributionDraft> WithoutRepeatedCue(string text, List<AttributionDraft> kept)
    {
        // Only a cue of words: a dash or colon credit line may stand over a list of quotes each its own.
        var byCue = kept.Where(d => d.Cue is { } cue && d.Source is not null && text.AsSpan(cue.Start, cue.Length).ContainsAnyInRange('a', 'z')).GroupBy(d => (d.Cue!.Value, d.Source!.Value)).Where(g => g.Count() > 1).ToList();
        if (byCue.Count == 0)
        {
            return kept;
        }

        var repeated = new HashSet<AttributionDraft>();
        foreach (var group in byCue)
        {
            foreach (var inner in group)
            {
                if (group.Any(outer => outer != inner && !repeated.Contains(outer) && outer.Content.Start <= inner.Content.Start
                    && inner.Content.End <= outer.Content.End && outer.Content != inner.Content))
                {
                    repeated.Add(inner);
                }
            }
        }

        return repeated.Count == 0 ? kept : [.. kept.Where(d => !repeated.Contains(d))];
    }

    // A quoted draft inside another's content is what that content reports, read again from a second cue: "Vale said
    // the plan was sound: “We are ready.”" or "Vale issued a statement saying, “We are ready.”" (the colon or the
    // participle gives Vale, who stands outside the outer content), or a few quoted words without a cue ("Vale mocked
    // Reed for “having a rough night”"). The annotations hold one relation there, the outer one; the quote keeps its
    // speaker through the inner draft. A quote whose speaker is named inside the outer content ("Lee said Vale, who has
    // called the pier “a disgrace,” would speak") is a relation of its own and stays. PolNeAR train: 76 relations
    // fewer, 68 of them false (content P .861→.864, source exact F1 .695→.696); dev content F1 .817→.818.
    private static bool RepeatsHolder(AttributionDraft inner, AttributionDraft holder)
    {
        // The same content, or the same credit line read twice ("“…” ― Dana Holt" over a run of quotes), is no second
        // reading from another cue.
        if (holder.Content == inner.Content || holder.Cue == inner.Cue)
        {
            return false;
        }

        return inner.Cue is null
            || (inner.Source is { } source && (source.End <= holder.Content.Start || source.Start >= holder.Content.End));
    }

    // "Holt said the board ignored what Vale calls “a crumbling pier”": a quote whose cue stands in a free relative
    // ("what Vale calls", "what the clerk described as") names a thing inside the outer content; it is part of what the
    // outer source reported, not a report beside it. PolNeAR train: 11 such relations kept, none right.
    private static bool NamesWithinHolder(string text, AttributionDraft inner)
    {
        if (inner.Source is not { } source)
        {
            return false;
        }

        var before = text.AsSpan(0, source.Start).TrimEnd();
        return before.EndsWith("what", StringComparison.OrdinalIgnoreCase)
            && (before.Length == 4 || !char.IsLetterOrDigit(before[^5]));
    }

    // The draft whose content holds this one's, if any.
    private static AttributionDraft? HolderOf(string text, IReadOnlyList<AttributionDraft> drafts, int i, int[] byStart, int[] furthestEnd)
    {
        // Only contents starting at or before this one can hold it; those starting before it are skipped at once when
        // none of them reaches its end, which leaves the few that start where it does.
        var content = drafts[i].Content;
        var startsBefore = CountStarting(drafts, byStart, content.Start, orAt: false);
        var startsAtOrBefore = CountStarting(drafts, byStart, content.Start, orAt: true);
        var first = startsBefore > 0 && furthestEnd[startsBefore - 1] >= content.End ? 0 : startsBefore;
        for (var at = first; at < startsAtOrBefore; at++)
        {
            var j = byStart[at];
            var outer = drafts[j].Content;
            if (j == i || outer.End < content.End)
            {
                continue;
            }

            // The same content twice: the draft with quotes keeps it, else the first.
            if (outer.Start == content.Start && outer.End == content.End && j > i && drafts[j].Quotes.Count == 0)
            {
                continue;
            }

            // "“A,” Lee said, adding that B. “C.”": content that stands between the quotes of a direct attribution is
            // no part of them. The unquoted words of a mixed one are its content all the same: in "Holt says the skippers
            // are “laughing at the board” for even questioning the plan", "questioning" reports nothing beside what Holt
            // says. PolNeAR train: 91 relations held so, 22 of them right; content P .870→.873, dev F1 .823→.825.
            if (drafts[j].Kind == AttributionKind.Direct
                && !drafts[j].Quotes.SelectMany(q => q.OuterPieces).Any(p => p.Start < content.End && content.Start < p.End))
            {
                continue;
            }

            // "Lee cited the report, which found …": a relation in a clause of its own stands beside the outer one.
            if (EmbeddedClause.StandsApart(text, drafts[i], outer))
            {
                continue;
            }

            return drafts[j];
        }

        return null;
    }

    // How many drafts, in start order, have content starting before the offset (or at it, with orAt).
    private static int CountStarting(IReadOnlyList<AttributionDraft> drafts, int[] byStart, int offset, bool orAt)
    {
        var low = 0;
        var high = byStart.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var start = drafts[byStart[middle]].Content.Start;
            if (start < offset || (orAt && start == offset))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
