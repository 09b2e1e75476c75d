using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where an attribution's content ends because a phrase "with" + subject + participle, set off by a comma or dash,
/// reports a claim of its own: "Voters see Vale as better prepared, with 50 percent saying she is ready"; "Members were
/// irritated, with Nora Vale calling the plan a mess". The phrase is an absolute construction that comments on the
/// clause before it: its subject is no part of what the outer source reported, and PolNeAR annotates the participle as
/// a relation of its own ("50 percent" saying "she is ready") while the outer content ends before the comma.
/// </summary>
internal static class AbsoluteReport
{
    /// <summary>
    /// Where <paramref name="outer"/>'s content ends when <paramref name="inner"/>'s source opens such a phrase inside it;
    /// null when it does not, or when nothing of the outer content would remain.
    /// </summary>
    public static int? OuterEnd(string text, AttributionDraft outer, AttributionDraft inner)
    {
        if (inner.Cue is not { } cue || inner.Source is not { } source || source.Start <= outer.Content.Start
            || source.End > cue.Start || inner.Content.End > outer.Content.End || !CueFinder.IsSpaceOnly(text, source.End, cue.Start)
            || (outer.Cue is { } outerCue && outerCue.End > source.Start))
        {
            return null;
        }

        // The participle: "saying", "calling", "indicating" ("with the clerk seeking his advice"). A share taking a side
        // ("a poll showed Holt ahead, with 40 percent supporting him") is part of what the outer source found, not a
        // claim beside it: PolNeAR train kept 4 such phrases inside the poll's content and annotated none apart.
        var participle = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        if (participle.Count == 0 || !participle[0].Lower.EndsWith("ing", StringComparison.Ordinal)
            || AttributionLexicon.EndorsementVerbs.Contains(participle[0].Lower))
        {
            return null;
        }

        // "…, with" or "— with" right before the subject; not "along with", whose noun joins the clause before it.
        var before = text.AsSpan(outer.Content.Start, source.Start - outer.Content.Start).TrimEnd();
        if (!before.EndsWith("with", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var head = before[..^4];
        if (head.IsEmpty || !char.IsWhiteSpace(head[^1]))
        {
            return null;
        }

        head = head.TrimEnd();
        if (head.IsEmpty || head[^1] is not (',' or '—' or '–' or '-'))
        {
            return null;
        }

        return CoordinatedClause.EndBefore(text, outer, head.Length - 1);
    }
}
