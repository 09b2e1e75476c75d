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
    /// <summary>
    /// Whether <paramref name="element"/> stands in a foreign zone; a zone that holds the article
    /// (<paramref name="scope"/>) or its <paramref name="headline"/> is a wrapper, not one.
    /// </summary>
    /// <param name="element">Where a date was found.</param>
    /// <param name="scope">The part of the page the article owns, if known.</param>
    /// <param name="headline">The article's headline, if known; else the page's first <c>h1</c> stands for it.</param>
    public static bool Contains(IElement element, IElement? scope, IElement? headline) => Contains(element, scope, headline, exemptHeadline: true);

    /// <summary>Whether a heading stands in a foreign zone (a masthead, a teaser box): then it is not the article's headline.</summary>
    public static bool ContainsHeading(IElement heading, IElement? scope) => Contains(heading, scope, null, exemptHeadline: false);

    private static bool Contains(IElement element, IElement? scope, IElement? headline, bool exemptHeadline)
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

            // The page's own header (logo, menu, the day's date), outside the article: an article's header holds its
            // headline or stands inside it (or inside an article or main element).
            if (tag is "header" && exemptHeadline && headline is not null && !Holds(e, headline) && !Holds(e, scope) && (scope is null || !Holds(scope, e)) && !InArticle(e))
            {
                return true;
            }

            var cls = e.GetAttribute("class");
            var id = e.Id;
            if (ownDate && ((cls is not null && OwnDateClass().IsMatch(cls)) || (id is not null && OwnDateClass().IsMatch(id))))
            {
                // "news-list-date", "latest-post-time", "ArticleHeaderComment_publishDate", "wpcom-comments-date": a
                // date element (and the date-named boxes around it) name themselves after the list or layout they
                // borrow; only the containers beyond say whether it stands in a list of other pages.
                continue;
            }

            ownDate = false;
            if (((!string.IsNullOrEmpty(cls) && ForeignClass().IsMatch(cls)) || (!string.IsNullOrEmpty(id) && ForeignClass().IsMatch(id)))
                && !Holds(e, scope) && !(exemptHeadline && Holds(e, headline ?? e.Owner?.QuerySelector("h1"))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InArticle(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (e.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="zone"/> is or holds <paramref name="inner"/>.</summary>
    private static bool Holds(IElement zone, IElement? inner)
    {
        var depth = 0;
        for (var e = inner; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, zone))
            {
                return true;
            }
        }

        return false;
    }

    // "sidebar_content", "sidebar__main", "lay-sidebar", "has-sidebar" name the main column of a layout with a
    // sidebar, not the sidebar (whose own box is named "sidebar", "widget-area"...).
    [GeneratedRegex(@"comment|disqus|related|teaser|latest|popular|recommend|(?<!(?:lay|layout|with|has)-)sidebar(?![_-]+(?:content|main))|trending|more-?from|more-?stories|read-?more|readmore|also-?read|most-?read|news-?list|newsticker|ticker|carousel|top-?menu|top-?bar|header-?top|masthead|site-?header|\baside\b|\btoday\b|instagram-media|twitter-tweet|tiktok-embed|fb-post|recent-?posts|recent-?entries|recent-?news|widget_recent|widget_archive|wp-calendar|next-?post|prev-?post|previous-?post|post-?navigation|you-?may-?like|also-?like", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignClass();

    [GeneratedRegex(@"date|time|datum", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnDateClass();
}
