using System.Text.RegularExpressions;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Chooses the article's headline: the <c>&lt;h1&gt;</c> that the metadata confirms, else the metadata title
/// (<c>og:title</c>, JSON-LD <c>headline</c>), else the document <c>&lt;title&gt;</c> without its site name.
/// </summary>
internal static partial class TitleChooser
{
    public static string? Choose(IReadOnlyList<string> metaTitles, string? documentTitle, IReadOnlyList<string> headings, string? headlineInArticle, string? siteName)
    {
        // The headline the reader sees above the article is the title, whatever the metadata says.
        if (headlineInArticle is not null && Collapse(headlineInArticle) is { Length: > 0 } visible)
        {
            return visible;
        }

        var cleanedDocumentTitle = documentTitle is null ? null : StripSite(Collapse(documentTitle), siteName);
        var confirmations = metaTitles.Select(Collapse).Where(t => t.Length > 0).ToList();
        if (cleanedDocumentTitle is { Length: > 0 })
        {
            confirmations.Add(cleanedDocumentTitle);
            confirmations.Add(Collapse(documentTitle!));
        }

        foreach (var heading in headings.Select(Collapse))
        {
            if (heading.Length > 0 && confirmations.Any(c => Same(c, heading) || StripSite(c, siteName) is var s && (Same(s, heading) || Resembles(s, heading))))
            {
                return heading;
            }
        }

        foreach (var meta in metaTitles.Select(Collapse))
        {
            if (meta.Length > 0)
            {
                return StripSite(meta, siteName);
            }
        }

        if (cleanedDocumentTitle is { Length: > 0 })
        {
            return cleanedDocumentTitle;
        }

        return headings.Select(Collapse).FirstOrDefault(h => h.Length > 0);
    }

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    private static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>A heading that extends or shortens the metadata title ("… in Tennessee"), or shares most of its words.</summary>
    private static bool Resembles(string meta, string heading)
    {
        var a = Normalize(meta);
        var b = Normalize(heading);
        if (a.Length < 8 || b.Length < 8)
        {
            return false;
        }

        if (b.StartsWith(a, StringComparison.OrdinalIgnoreCase) || a.StartsWith(b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var wordsA = Words(a);
        var wordsB = Words(b);
        var shared = wordsA.Intersect(wordsB, StringComparer.OrdinalIgnoreCase).Count();
        return shared >= 3 && shared >= 0.7 * Math.Max(wordsA.Count, wordsB.Count);
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', ':', ';', '!', '?', '"', '\'', '(', ')', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Normalize(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Trim();

    /// <summary>"Headline | Site", "Site - Headline", "Headline – Site": the part that is not the site.</summary>
    public static string StripSite(string title, string? siteName)
    {
        var parts = Separator().Split(title);
        if (parts.Length < 2)
        {
            return title;
        }

        if (siteName is { Length: > 0 })
        {
            var kept = parts.Where(p => !p.Trim().Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (kept.Count < parts.Length && kept.Count > 0)
            {
                return string.Join(" - ", kept.Select(k => k.Trim()));
            }
        }

        // Without a site name: the site is the short part at either end; keep the longest part.
        var first = parts[0].Trim();
        var last = parts[^1].Trim();
        if (first.Length >= last.Length)
        {
            return first;
        }

        return last;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+[|–—·»]\s+|\s+-\s+|\s*\|\s*|\s+::\s+")]
    private static partial Regex Separator();
}
