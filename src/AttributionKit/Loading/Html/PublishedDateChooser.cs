using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Chooses one publication date among a page's date candidates: the most trusted tier first (schema.org and
/// <c>article:published_time</c>, then other publication metadata, bylines near the article, the URL, loose dates,
/// and modification dates last); impossible dates (before 1995, in the future) are rejected; an earlier date in the
/// page's address wins as the original publication, and the page's own local day corrects a UTC time stamp.
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

    private static readonly HashSet<string> AmericanRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "ca", "mx", "br", "ar", "cl", "co", "pe", "ve", "ec", "bo", "py", "uy", "cr", "pa", "gt", "hn", "sv", "ni", "do", "cu", "pr", "jm",
    };

    private static bool IsAmericas(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return false;
        }

        var dash = language.IndexOfAny(['-', '_']);
        return dash > 0 && AmericanRegions.Contains(language[(dash + 1)..]);
    }

    /// <summary>How many days a page's address may be dated before its publication for being made with the draft.</summary>
    private const int DraftDays = 7;

    public static (DocumentDate? Published, string Reason) Choose(IReadOnlyList<DateCandidate> candidates, string? language, DateOnly today)
    {
        if (candidates.Count == 0)
        {
            return (null, "the page gives no date for itself");
        }

        // No page is published after today (a day's grace for time zones east of UTC), nor after the latest date its
        // metadata records when that metadata records a modification (a later date in the page is an event's, a
        // deadline's).
        var tomorrow = today.AddDays(1);
        var metadataDates = candidates
            .Where(c => c.Date.Source is DocumentDateSource.JsonLd or DocumentDateSource.Meta && c.Date.Date >= DocumentDateParser.Earliest && c.Date.Date <= tomorrow)
            .ToList();
        var latest = metadataDates.Any(c => c.Date.Role == DocumentDateRole.Modified)
            ? metadataDates.Max(c => c.Date.Date).AddDays(1)
            : tomorrow;
        DateCandidate? best = null;
        DateCandidate? url = null;
        var rejected = 0;
        var seen = new HashSet<(DocumentDateSource, int, bool)>();

        // A dateline by the headline is the article's own, wherever the article's scope was drawn; when the page has
        // one, the time elements and bylines further down are a list's, a teaser's or a comment's.
        var ranked = candidates.Select(c => c.AtHeadline && c.Tier is > 3 and < 6 ? c with { Tier = 3 } : c).ToList();
        var hasHeadlineDate = ranked.Any(c => c.AtHeadline && c.Date.Source is DocumentDateSource.TimeElement or DocumentDateSource.Byline && c.Date.Date >= DocumentDateParser.Earliest && c.Date.Date <= latest);
        foreach (var candidate in ranked)
        {
            if (hasHeadlineDate && !candidate.AtHeadline && candidate.Date.Source is DocumentDateSource.TimeElement or DocumentDateSource.Byline)
            {
                continue;
            }

            var date = candidate.Date.Date;
            if (date < DocumentDateParser.Earliest || date > latest)
            {
                rejected++;
                continue;
            }

            // Time elements and bylines come in lists (teasers, comments): only the first of a kind and place counts.
            if (candidate.Date.Source is DocumentDateSource.TimeElement or DocumentDateSource.Byline && !seen.Add((candidate.Date.Source, candidate.Tier, candidate.AtHeadline)))
            {
                continue;
            }

            if (candidate.Date.Source == DocumentDateSource.Url && candidate.Date.SourceName != "og:image")
            {
                url ??= candidate;
            }

            // Within the most trusted tier, sources that disagree: the earliest is the original publication.
            // Among visible dates of one tier, one the page labels as its publication beats an unlabelled one.
            var labelled = candidate.Tier >= 3 && best is not null && candidate.Tier == best.Tier
                && candidate.Date.Role == DocumentDateRole.Published && best.Date.Role == DocumentDateRole.Unspecified;
            // Among visible dates, one by the headline beats one further down (a list, a teaser, a comment).
            if (best is not null && candidate.Tier == 3 && best.Tier == 3 && candidate.AtHeadline != best.AtHeadline)
            {
                if (candidate.AtHeadline)
                {
                    best = candidate;
                }

                continue;
            }

            if (best is null || labelled || candidate.Tier < best.Tier || (candidate.Tier == best.Tier && candidate.Tier <= 1 && candidate.Date.Date < best.Date.Date)
                || (candidate.Tier == best.Tier && candidate.Order < best.Order && (candidate.Tier > 1 || candidate.Date.Date <= best.Date.Date)
                    && !(candidate.Tier >= 3 && best.Date.Role == DocumentDateRole.Published && candidate.Date.Role == DocumentDateRole.Unspecified)))
            {
                best = candidate;
            }
        }

        if (best is null)
        {
            return (null, $"none of the {candidates.Count} dates the page gives is possible (before 1995, in the future or after its last modification)");
        }

        var reason = $"{best.Date.SourceLabel}: {TierReasons[Math.Min(best.Tier, TierReasons.Length - 1)]}";

        // A page that shows the day of its last update, and nowhere the day of its first publication, presents itself
        // as of that update (a revised, re-published article): the day readers see is its date.
        if (best.Tier <= 2 && ShownUpdate(best, candidates) is { } shown)
        {
            reason = $"{shown.Date.SourceLabel}: the page shows the day of its update ({best.Date.SourceLabel} says first published {best.Date.Date:yyyy-MM-dd}, shown nowhere)";
            best = shown;
        }
        else if (url is not null && url != best && best.Date.Date.DayNumber - url.Date.Date.DayNumber is > DraftDays and < 3660)
        {
            reason = $"url: the page's address dates it {url.Date.Value}, before its metadata ({best.Date.SourceLabel} {best.Date.Date:yyyy-MM-dd}): the original publication";
            best = url;
        }
        else if (best.Date.Time is { } && best.Date.UtcOffset == TimeSpan.Zero && SameMomentWithOffset(best, candidates) is { } withOffset)
        {
            // The same moment given elsewhere with the publisher's own offset: its calendar day is the page's.
            reason = $"{withOffset.Date.SourceLabel}: the local day of {best.Date.SourceLabel} {best.Date.Value}, which is in UTC";
            best = withOffset;
        }
        else if (best.Date.Time is { } utcTime && best.Date.UtcOffset == TimeSpan.Zero)
        {
            // A UTC time stamp's day is not the publisher's day: early in the UTC day it is still the day before in
            // the Americas, late in the day already the next one east of Greenwich. The day the page shows (or its
            // address gives), or else the page's region, says which.
            // West of Greenwich the day is at most 8 hours behind (Americas); east, up to 14 hours ahead (Asia).
            // Eastward (late UTC), only a day the page marks as its publication counts: a next-day plain byline is more
            // often a later update than the same moment east of Greenwich.
            var shift = utcTime.Hour < 8 ? -1 : utcTime.Hour >= 16 ? 1 : 0;
            var localDay = best.Date.Date.DayNumber + shift;
            if (shift != 0 && candidates.FirstOrDefault(c => c.Date.Time is null && c.Date.Date.DayNumber == localDay && (shift < 0 || c.Date.Role == DocumentDateRole.Published) && c.Date.SourceName != "og:image" && c.Date.Source is DocumentDateSource.Url or DocumentDateSource.Byline or DocumentDateSource.TimeElement or DocumentDateSource.ItemProp) is { } local)
            {
                reason = $"{local.Date.SourceLabel}: the local day of {best.Date.SourceLabel} {best.Date.Value}, which is in UTC";
                best = local;
            }
            else if (utcTime is { Hour: 22 or 23, Minute: 0, Second: 0 } && !string.IsNullOrEmpty(language) && !IsAmericas(language) && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                // 22:00 or 23:00 sharp in UTC is midnight in Central Europe (summer or winter time): a date without a
                // time of day, stored as the local midnight that starts it.
                var day = DateOnly.FromDayNumber(localDay);
                reason = $"{best.Date.SourceLabel} {best.Date.Value} is the local midnight starting {day:yyyy-MM-dd}, written in UTC";
                var d = best.Date;
                best = best with { Date = new DocumentDate(day, null, null, d.Source, d.SourceName, d.Role, d.Text, d.Span) };
            }
            else if (shift < 0 && utcTime.Hour < 5 && IsAmericas(language)
                && !candidates.Any(c => c.Date.Time is null && c.Date.Date == best.Date.Date && c.Date.Source is DocumentDateSource.Url or DocumentDateSource.Byline))
            {
                var day = DateOnly.FromDayNumber(localDay);
                reason = $"{best.Date.SourceLabel} {best.Date.Value} is in UTC: the page's region ({language}) was still on {day:yyyy-MM-dd}";
                var d = best.Date;
                best = best with { Date = new DocumentDate(day, null, null, d.Source, d.SourceName, d.Role, d.Text, d.Span) };
            }
        }

        var agreeing = candidates.Count(c => c != best && c.Date.Date == best.Date.Date);
        if (agreeing > 0)
        {
            reason += $"; {agreeing} other source{(agreeing == 1 ? " agrees" : "s agree")}";
        }

        if (rejected > 0)
        {
            reason += $"; {rejected} impossible date{(rejected == 1 ? " was" : "s were")} rejected";
        }

        return (best.Date, reason);
    }

    /// <summary>
    /// A visible date (byline, time element) on the day the metadata says the page was modified, later than
    /// <paramref name="published"/>, when no visible date shows the publication day itself.
    /// </summary>
    private static DateCandidate? ShownUpdate(DateCandidate published, IReadOnlyList<DateCandidate> candidates)
    {
        DateCandidate? shown = null;
        foreach (var c in candidates)
        {
            if (c.Date.Source is not (DocumentDateSource.Byline or DocumentDateSource.TimeElement) || c.Date.Role == DocumentDateRole.Modified)
            {
                continue;
            }

            if (c.Date.Date == published.Date.Date)
            {
                return null;
            }

            if (shown is null && c.Date.Date > published.Date.Date
                && candidates.Any(m => m.Date.Role == DocumentDateRole.Modified && m.Date.Source is DocumentDateSource.JsonLd or DocumentDateSource.Meta && m.Date.Date == c.Date.Date))
            {
                shown = c;
            }
        }

        return shown;
    }

    private static DateCandidate? SameMomentWithOffset(DateCandidate utc, IReadOnlyList<DateCandidate> candidates)
    {
        var moment = utc.Date.Date.ToDateTime(utc.Date.Time!.Value);
        foreach (var c in candidates)
        {
            if (c.Date.Time is { } time && c.Date.UtcOffset is { } offset && offset != TimeSpan.Zero && c.Date.Role != DocumentDateRole.Modified
                && Math.Abs((c.Date.Date.ToDateTime(time) - offset - moment).TotalMinutes) <= 1)
            {
                return c;
            }
        }

        return null;
    }
}
