using System.Text.RegularExpressions;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Chooses the article's headline: the <c>&lt;h1&gt;</c> that the metadata confirms, else the metadata title
/// (<c>og:title</c>, JSON-LD <c>headline</c>), else the document <c>&lt;title&gt;</c> without its site name.
/// </summary>
internal static partial class TitleChooser
{
    public static string? Choose(TitleClues clues)
    {
        var (metaTitles, documentTitle, headings, headlineInArticle, siteName, subheadings, firstSubheading, excludedHeadings, marked, subheadingsBefore) = clues;
        var siteParts = SiteParts(documentTitle is null ? null : Collapse(documentTitle), siteName);

        // The element the page itself marks as the article's headline (schema.org microdata) says so explicitly.
        if (marked is not null && Collapse(marked) is { Length: > 0 } markedText && !IsSiteName(markedText, siteParts))
        {
            return markedText;
        }

        var cleanedDocumentTitle = documentTitle is null ? null : StripSite(Collapse(documentTitle), siteName);
        var confirmations = metaTitles.Select(Collapse).Where(t => t.Length > 0).ToList();
        if (cleanedDocumentTitle is { Length: > 0 })
        {
            confirmations.Add(cleanedDocumentTitle);
            confirmations.Add(Collapse(documentTitle!));
        }

        // The headline the reader sees above the article is the title, whatever the metadata says; but an h1 that
        // only repeats the site's name is its logo.
        if (headlineInArticle is not null && Collapse(headlineInArticle) is { Length: > 0 } visible && !IsSiteName(visible, siteParts))
        {
            // Unless the h1 heads only the first section: an h2 above it that says word for word what the page's
            // titles say is the page's headline.
            if (subheadingsBefore is { Count: > 0 } && !Confirmed(visible, confirmations, siteName))
            {
                foreach (var above in subheadingsBefore.Select(Collapse))
                {
                    if (above.Length >= 8 && !IsSiteName(above, siteParts) && confirmations.Any(c => Same(c, above)))
                    {
                        return above;
                    }
                }
            }

            return visible;
        }

        var ownHeadings = headings.Select(Collapse).Where(h => h.Length > 0 && !IsSiteName(h, siteParts)).ToList();
        foreach (var heading in ownHeadings)
        {
            if (Confirmed(heading, confirmations, siteName))
            {
                return heading;
            }
        }

        foreach (var heading in excludedHeadings.Select(Collapse))
        {
            if (heading.Length > 0 && !IsSiteName(heading, siteParts) && Confirmed(heading, confirmations, siteName))
            {
                return heading;
            }
        }

        // A page's only h1 that is not its logo is its headline, even outside the block chosen as the article, when
        // it shares a word with the titles (a section name such as "Politics" does not).
        if (ownHeadings.Count == 1 && headings.Count == 1 && SharesWord(ownHeadings[0], confirmations))
        {
            return ownHeadings[0];
        }

        // Pages whose h1 is the logo (or that have none) put the headline in an h2 that the titles confirm.
        foreach (var heading in subheadings.Select(Collapse))
        {
            if (heading.Length > 0 && !IsSiteName(heading, siteParts) && Confirmed(heading, confirmations, siteName))
            {
                return heading;
            }
        }

        // Without any h1 on the page, the first h2 of the article is its heading.
        if (firstSubheading is not null && Collapse(firstSubheading) is { Length: > 0 } sub && !IsSiteName(sub, siteParts))
        {
            return sub;
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

    private static bool SharesWord(string heading, List<string> titles)
    {
        var words = Words(Normalize(heading)).Where(w => w.Length >= 4).ToList();
        return titles.Any(t => Words(Normalize(t)).Overlaps(words));
    }

    private static bool Confirmed(string heading, List<string> confirmations, string? siteName) =>
        confirmations.Any(c => Same(c, heading) || StripSite(c, siteName) is var s && (Same(s, heading) || Resembles(s, heading)));

    /// <summary>The parts of the document title that name the site ("Headline | Site"), and the site's own name.</summary>
    private static List<string> SiteParts(string? documentTitle, string? siteName)
    {
        var parts = new List<string>();
        if (siteName is { Length: > 0 })
        {
            parts.Add(siteName.Trim());
        }

        if (documentTitle is { Length: > 0 })
        {
            var kept = StripSite(documentTitle, siteName);
            if (!Same(kept, documentTitle))
            {
                parts.AddRange(Separator().Split(documentTitle).Select(p => p.Trim()).Where(p => p.Length > 0 && !kept.Contains(p, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return parts;
    }

    private static bool IsSiteName(string heading, List<string> siteParts) => siteParts.Any(p => Same(p.Replace('-', ' '), heading.Replace('-', ' ')));

    /// <summary>The text on one line, without the arrows and brackets some sites put before a heading ("[> Name").</summary>
    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim().TrimStart('[', '>', '»', '›', '•', '|', ' ');

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

        // Without a site name: the site is the part at either end that is a web address, else the shorter one.
        var first = parts[0].Trim();
        var last = parts[^1].Trim();
        if (HostLike().IsMatch(first) != HostLike().IsMatch(last))
        {
            return HostLike().IsMatch(first) ? last : first;
        }

        if (first.Length >= last.Length)
        {
            return first;
        }

        return last;
    }

    [GeneratedRegex(@"^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}\b\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex HostLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:\s+(?:[|–—·»«:-]|//|::))+\s+|\s*\|\s*")]
    private static partial Regex Separator();
}
