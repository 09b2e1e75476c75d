using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Chooses one publication date among a page's date candidates: the most trusted tier first (schema.org and
/// <c>article:published_time</c>, then other publication metadata, bylines near the article, the URL, loose dates,
/// and modification dates last); impossible dates (before 1995, after the page's own latest modification or in the
/// future) are rejected.
/// </summary>
internal static class PublishedDateChooser
{
    private static readonly string[] TierReasons =
    [
        "the page's own publication date in its article metadata",
        "a publication date in the page's metadata or markup near the article",
        "a creation or loosely named date in the page's metadata",
        "a dated byline or time element near the article",
        "the date in the page's address",
        "a date the page shows or declares without saying what it is",
        "the page's last modification: it gives no publication date",
    ];

    public static (DocumentDate? Published, string Reason) Choose(IReadOnlyList<DateCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return (null, "the page gives no date for itself");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var latestModified = candidates.Where(c => c.Date.Role == DocumentDateRole.Modified && c.Date.Date >= DocumentDateParser.Earliest && c.Date.Date <= today)
            .Select(c => (DateOnly?)c.Date.Date).Max();
        var ceiling = latestModified is { } m && m < today ? m : today;

        DateCandidate? best = null;
        var rejected = 0;
        foreach (var candidate in candidates)
        {
            var date = candidate.Date.Date;
            var limit = candidate.Date.Role == DocumentDateRole.Modified ? today : ceiling;
            if (date < DocumentDateParser.Earliest || date > limit)
            {
                rejected++;
                continue;
            }

            if (best is null || candidate.Tier < best.Tier || (candidate.Tier == best.Tier && candidate.Order < best.Order))
            {
                best = candidate;
            }
        }

        if (best is null)
        {
            return (null, $"none of the {candidates.Count} dates the page gives is possible (before 1995, in the future or after its last update)");
        }

        var agreeing = candidates.Count(c => c != best && c.Date.Date == best.Date.Date);
        var reason = $"{best.Date.SourceLabel}: {TierReasons[Math.Min(best.Tier, TierReasons.Length - 1)]}";
        if (agreeing > 0)
        {
            reason += $"; {agreeing} other source{(agreeing == 1 ? string.Empty : "s")} agree";
        }

        if (rejected > 0)
        {
            reason += $"; {rejected} impossible date{(rejected == 1 ? " was" : "s were")} rejected";
        }

        return (best.Date, reason);
    }
}
