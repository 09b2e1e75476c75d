using AttributionKit.Model;

namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK1003: the page's own publication dates (JSON-LD, meta elements, byline, dateline, URL, front matter) disagree
/// beyond what time zones explain. Modification dates are not compared: a later update is not a conflict.
/// </summary>
internal sealed class ConflictingDocumentDatesRule : ArticleRule
{
    // Two timestamps closer than this are one publication (systems stamp the same story minutes or hours apart).
    private static readonly TimeSpan SameEventTolerance = TimeSpan.FromHours(6);

    internal static readonly RuleDescriptor Rule = new(
        "AK1003",
        "conflicting-document-dates",
        "The page's own dates disagree",
        "The page dates itself {0} ({1}) but also {2} ({3})",
        RuleCategory.Dates,
        Severity.Warning,
        "A page often states its publication date several times: in JSON-LD, in meta elements, in the byline, in the URL. "
        + "When they disagree, readers and archives cannot tell when the story was published, and relative dates in the "
        + "text (today, yesterday) cannot be checked. Differences that time zones explain (23:00 UTC and 00:00 the next "
        + "day in London) are not reported; dates without a time may differ by one day for the same reason.",
        "Make the page's metadata, byline and URL agree on the publication date; put later changes in a modification date.",
        RuleHelp.For("conflicting-document-dates"));

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var metadata = context.Article.Metadata;
        var candidates = metadata.DateCandidates.Where(c => c.Role != DocumentDateRole.Modified).ToList();
        if (candidates.Count < 2)
        {
            return;
        }

        var anchor = metadata.Published is { Role: not DocumentDateRole.Modified } published && candidates.Contains(published) ? published : candidates[0];
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (ReferenceEquals(candidate, anchor) || !Conflict(anchor, candidate) || !reported.Add(candidate.Value + candidate.SourceLabel))
            {
                continue;
            }

            context.ReportOnDocument(candidate.Text, candidate.Span ?? anchor.Span, anchor.Value, anchor.SourceLabel, candidate.Value, candidate.SourceLabel);
        }
    }

    /// <summary>Whether two publication dates of a page disagree beyond time-zone effects.</summary>
    internal static bool Conflict(DocumentDate a, DocumentDate b)
    {
        if (a.Instant is { } x && b.Instant is { } y)
        {
            if ((x - y).Duration() < SameEventTolerance)
            {
                return false;
            }

            // Same day as seen in either party's own zone: the difference is the zone, not the date.
            var sameInA = DateOnly.FromDateTime(y.ToOffset(x.Offset).DateTime) == DateOnly.FromDateTime(x.DateTime);
            var sameInB = DateOnly.FromDateTime(x.ToOffset(y.Offset).DateTime) == DateOnly.FromDateTime(y.DateTime);
            return !sameInA && !sameInB;
        }

        // Without both instants a date may be any zone's: one day apart can be the zone; two days cannot.
        return Math.Abs(a.Date.DayNumber - b.Date.DayNumber) >= 2;
    }
}
