using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Finds the heading that the page's own titles (<c>og:title</c>, <c>twitter:title</c>, <c>&lt;title&gt;</c>) name:
/// the article's headline in the page, which tells which of several look-alike articles (an endless-scroll page
/// that already holds the next stories) is the page's own.
/// </summary>
internal static class HeadlineAnchor
{
    /// <summary>The index in <paramref name="index"/> of the first h1 or h2 that <paramref name="titles"/> name, or -1.</summary>
    /// <param name="titles">The page's titles, from <see cref="Titles"/>.</param>
    /// <param name="index">The page's elements.</param>
    public static int Find(IReadOnlyList<string> titles, PageIndex index)
    {
        if (titles.Count == 0)
        {
            return -1;
        }

        var elements = index.Elements;
        for (var i = 0; i < elements.Count; i++)
        {
            var info = elements[i];
            if (info.Tag is not ("h1" or "h2") || info.TagExcluded)
            {
                continue;
            }

            var text = Normalize(info.Element.TextContent);
            if (text.Length < 10 || text.Length > 300)
            {
                continue;
            }

            foreach (var title in titles)
            {
                if (title == text || (text.Length >= 20 && title.StartsWith(text, StringComparison.Ordinal)))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The page's titles (<c>og:title</c>, <c>twitter:title</c>, <c>&lt;title&gt;</c>, each also without its site
    /// name), normalised for comparison with headings; read once per page.
    /// </summary>
    public static IReadOnlyList<string> Titles(IDocument document)
    {
        var raw = new List<string>();
        if (document.Head is { } head)
        {
            foreach (var child in head.Children)
            {
                if (child.LocalName == "title")
                {
                    raw.Add(child.TextContent);
                }
                else if (child.LocalName == "meta" && (child.GetAttribute("property") ?? child.GetAttribute("name")) is { } name
                    && name.Trim().ToLowerInvariant() is "og:title" or "twitter:title" && child.GetAttribute("content") is { Length: > 0 } content)
                {
                    raw.Add(content);
                }
            }
        }

        var titles = new List<string>();
        foreach (var title in raw)
        {
            var collapsed = TitleChooser.Collapse(title);
            foreach (var variant in new[] { collapsed, TitleChooser.StripSite(collapsed, null) })
            {
                var normalized = Normalize(variant);
                if (normalized.Length >= 10 && !titles.Contains(normalized))
                {
                    titles.Add(normalized);
                }
            }
        }

        return titles;
    }

    private static string Normalize(string text) =>
        TitleChooser.Collapse(text).Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('„', '"').ToLowerInvariant();
}
