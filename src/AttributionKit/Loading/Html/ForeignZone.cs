using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Parts of a page whose dates belong to something else: comments, teasers of other articles, "latest news"
/// boxes, sidebars, and the site's top bar, whose date widget shows the day the page is viewed.
/// A date found inside one is not the page's date.
/// </summary>
internal static partial class ForeignZone
{
    /// <summary>Whether <paramref name="element"/> stands in a foreign zone; a zone that holds the article (<paramref name="scope"/>) is a wrapper, not one.</summary>
    public static bool Contains(IElement element, IElement? scope)
    {
        var depth = 0;
        var ownDate = true;
        for (IElement? e = element; e is not null && depth < 200; e = e.ParentElement, depth++)
        {
            var tag = e.LocalName;
            if (tag is "nav")
            {
                return true;
            }

            var cls = e.GetAttribute("class");
            var id = e.Id;
            if (ownDate && cls is not null && OwnDateClass().IsMatch(cls))
            {
                // "news-list-date", "latest-post-time", "ArticleHeaderComment_publishDate": a date element (and the
                // date-named boxes around it) name themselves after the list or layout they borrow; only the
                // containers beyond say whether it stands in a list of other pages.
                continue;
            }

            ownDate = false;

            if (((!string.IsNullOrEmpty(cls) && ForeignClass().IsMatch(cls)) || (!string.IsNullOrEmpty(id) && ForeignClass().IsMatch(id)))
                && !Holds(e, scope) && !HoldsTheHeadline(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A wrapper that holds the page's first headline is the article's frame, whatever its name ("sidebar" layouts).</summary>
    private static bool HoldsTheHeadline(IElement zone)
    {
        var first = zone.Owner?.QuerySelector("h1");
        if (first is null)
        {
            return false;
        }

        var depth = 0;
        for (var e = first.ParentElement; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, zone))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(IElement zone, IElement? scope)
    {
        var depth = 0;
        for (var e = scope; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, zone))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"comment|disqus|related|teaser|latest|popular|recommend|sidebar|trending|more-?from|more-?stories|read-?more|readmore|also-?read|most-?read|news-?list|newsticker|ticker|carousel|top-?menu|top-?bar|header-?top|masthead|site-?header|\baside\b|\btoday\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignClass();

    [GeneratedRegex(@"date|time|datum", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnDateClass();
}
