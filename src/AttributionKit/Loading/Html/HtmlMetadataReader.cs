using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Reads what a page says about itself: title, authors, site name, language, canonical address (meta elements,
/// JSON-LD, <c>&lt;html lang&gt;</c>, <c>&lt;link rel=canonical&gt;</c>) and every date it gives, then chooses the
/// publication date.
/// </summary>
internal static partial class HtmlMetadataReader
{
    public static HtmlMetadata Read(IHtmlDocument document, string source, LineIndex lines, PageIndex index, IElement? scope, DateOnly today)
    {
        var htmlLanguage = document.DocumentElement?.GetAttribute("lang");
        var dates = new HtmlDateCollector(source, lines, scope, htmlLanguage, today);
        var metaTitles = new List<string>();
        var authors = new List<string>();
        string? siteName = null, language = null, metaLocale = null, url = null, ogUrl = null, jsonLdUrl = null;
        int urlStart = 0, ogUrlStart = 0, imageStart = 0;
        string? image = null;

        // JSON-LD first: it is the most explicit about which date is which.
        var jsonLdTitles = new List<string>();
        var (scripts, metas, links, documentTitle) = CollectHeadElements(document);
        foreach (var script in scripts)
        {

            var start = script.SourceReference?.Position.Index ?? 0;
            foreach (var item in JsonLdReader.Read(script.TextContent))
            {
                dates.AddJsonLd(item, start);
                if (item.IsArticle)
                {
                    if (item.Headline is { Length: > 0 } jsonLdHeadline)
                    {
                        jsonLdTitles.Add(jsonLdHeadline);
                    }

                    authors.AddRange(item.Authors);
                    siteName ??= item.Publisher;
                    jsonLdUrl ??= item.Url;
                }
            }
        }

        string? ogTitle = null, twitterTitle = null;
        var metaAuthors = new List<string>();
        foreach (var meta in metas)
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (name is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var start = meta.SourceReference?.Position.Index ?? 0;
            var key = name.Trim().ToLowerInvariant();
            content = content.Trim();
            switch (key)
            {
                case "og:title":
                    ogTitle ??= content;
                    break;
                case "twitter:title":
                    twitterTitle ??= content;
                    break;
                case "og:site_name" or "application-name" or "al:android:app_name":
                    siteName ??= content;
                    break;
                case "og:locale" or "content-language" or "language" or "dc.language":
                    language ??= content.Replace('_', '-');
                    metaLocale ??= content.Replace('_', '-');
                    break;
                case "og:image" or "og:image:url" or "og:image:secure_url" or "twitter:image" or "twitter:image:src":
                    image ??= content;
                    imageStart = start;
                    break;
                case "og:url":
                    ogUrl ??= content;
                    ogUrlStart = start;
                    break;
                case "author" or "article:author" or "parsely-author" or "sailthru.author" or "dc.creator" or "byl":
                    if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        metaAuthors.Add(content.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? content[3..].Trim() : content);
                    }

                    break;
                default:
                    // An itemprop meta inside the body is microdata: read with the other elements below.
                    if (meta.GetAttribute("itemprop") is null || meta.ParentElement?.LocalName == "head")
                    {
                        dates.AddMeta(key, content, start);
                    }

                    break;
            }
        }

        foreach (var link in links)
        {
            if (link.GetAttribute("rel")!.Contains("canonical", StringComparison.OrdinalIgnoreCase) && link.GetAttribute("href") is { Length: > 0 } href)
            {
                url ??= href.Trim();
                urlStart = link.SourceReference?.Position.Index ?? 0;
            }
        }

        var htmlLang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        if (!string.IsNullOrWhiteSpace(htmlLang))
        {
            language = htmlLang.Trim().Replace('_', '-');
        }

        if (ogTitle is not null)
        {
            metaTitles.Add(ogTitle);
        }

        metaTitles.AddRange(jsonLdTitles);
        if (twitterTitle is not null)
        {
            metaTitles.Add(twitterTitle);
        }

        var (headings, subheadings, excludedHeadings, marked) = Headings(index, scope);
        // The headline over the article; other h1s only when the metadata confirms them (a logo is an h1 too).
        var inArticle = headings.FirstOrDefault(h => h.InScope);
        // Without any h1 (not even a hidden or boilerplate one), the first h2 of the article is its heading.
        var firstSubheading = headings.Count > 0 || excludedHeadings.Count > 0 ? null : subheadings.FirstOrDefault(h => h.InScope).Text;

        // A page without a single heading element styles its headline with a class ("<div class="l-headline">").
        var classed = headings.Count > 0 || excludedHeadings.Count > 0 || firstSubheading is not null ? default : ClassedHeadline(index, scope);
        firstSubheading ??= classed.Text;
        var before = inArticle.Element is null ? [] : subheadings.Where(h => index.IndexOf(h.Element) < index.IndexOf(inArticle.Element)).Select(h => h.Text).ToList();
        var title = TitleChooser.Choose(new TitleClues(metaTitles, documentTitle, headings.Select(h => h.Text).ToList(), inArticle.Text, siteName, subheadings.Select(h => h.Text).ToList(), firstSubheading, excludedHeadings.Select(h => h.Text).ToList(), marked.Text, before));
        var headline = title is null ? null : headings.Concat(subheadings).Concat(excludedHeadings).FirstOrDefault(h => TitleChooser.Collapse(h.Text) == title).Element;
        if (headline is null && marked.Element is not null && marked.Text is not null && TitleChooser.Collapse(marked.Text) == title)
        {
            headline = marked.Element;
        }

        if (headline is null && classed.Element is not null && TitleChooser.Collapse(classed.Text!) == title)
        {
            headline = classed.Element;
        }

        // The page's own dates, read once the headline is known: a dateline by it is the article's.
        if (document.Body is { } body)
        {
            dates.ScanBody(body, headline);
        }

        dates.AddElementDates(index);
        dates.AddBylines(index);
        dates.AddRdf();
        dates.AddUrl(url, "canonical", urlStart);
        if (!string.Equals(ogUrl, url, StringComparison.Ordinal))
        {
            dates.AddUrl(ogUrl, "og:url", ogUrlStart);
        }

        if (jsonLdUrl is not null && !string.Equals(jsonLdUrl, url, StringComparison.Ordinal) && !string.Equals(jsonLdUrl, ogUrl, StringComparison.Ordinal))
        {
            dates.AddUrl(jsonLdUrl, "json-ld:url", 0);
        }

        dates.AddImageUrl(image, imageStart);

        // The page's region says which day a UTC time stamp falls on locally: <html lang="en"> with og:locale en_US is American.
        var regional = language is not null && !language.Contains('-', StringComparison.Ordinal) && metaLocale is not null
            && metaLocale.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) ? metaLocale : language;
        var (published, reason) = PublishedDateChooser.Choose(dates.Found, regional, today);
        var allAuthors = authors.Concat(metaAuthors)
            .Select(TitleChooser.Collapse)
            .Where(a => a.Length is > 1 and < 100)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var metadata = new DocumentMetadata(
            title,
            allAuthors,
            string.IsNullOrWhiteSpace(siteName) ? null : siteName.Trim(),
            string.IsNullOrWhiteSpace(language) ? null : language,
            url ?? ogUrl,
            published,
            reason,
            dates.Found.Select(c => c.Date).ToImmutableArray());
        return new HtmlMetadata(metadata, headline);
    }

    /// <summary>JSON-LD scripts, meta and link elements and the document title, in one walk of the whole document.</summary>
    private static (List<IElement> Scripts, List<IElement> Metas, List<IElement> Links, string? Title) CollectHeadElements(IHtmlDocument document)
    {
        var scripts = new List<IElement>();
        var metas = new List<IElement>();
        var links = new List<IElement>();
        string? title = null;
        if (document.DocumentElement is not { } root)
        {
            return (scripts, metas, links, title);
        }

        DomWalker.Walk(
            root,
            node =>
            {
                if (node is not Element element)
                {
                    return false;
                }

                switch (element.LocalName)
                {
                    case "script":
                        if (element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        {
                            scripts.Add(element);
                        }

                        return false;
                    case "meta":
                        metas.Add(element);
                        return false;
                    case "link":
                        if (element.HasAttribute("rel"))
                        {
                            links.Add(element);
                        }

                        return false;
                    case "title":
                        if (title is null && element.ParentElement?.LocalName is "head" or "html")
                        {
                            title = element.TextContent;
                        }

                        return false;
                    case "svg" or "style" or "template":
                        return false;
                    default:
                        return true;
                }
            },
            null);
        return (scripts, metas, links, title);
    }

    /// <summary>
    /// The page's <c>&lt;h1&gt;</c> elements that are not boilerplate, those in the article's scope first, and its
    /// first few <c>&lt;h2&gt;</c> elements in page order (pages without a usable h1 put the headline there), and the
    /// element marked <c>itemprop="headline"</c> when the article marks exactly one.
    /// </summary>
    private static (List<(IElement Element, string Text, bool InScope)> Headings, List<(IElement Element, string Text, bool InScope)> Subheadings, List<(IElement Element, string Text, bool InScope)> Excluded, (IElement? Element, string? Text, bool InScope) Marked) Headings(PageIndex index, IElement? scope)
    {
        var inScope = new List<(IElement, string, bool)>();
        var others = new List<(IElement, string, bool)>();
        var subheadings = new List<(IElement, string, bool)>();
        var excluded = new List<(IElement, string, bool)>();
        (IElement? Element, string? Text, bool InScope) marked = default;
        var markedCount = 0;
        var markedInScope = 0;
        foreach (var info in index.Elements)
        {
            if (info.Tag != "meta" && !info.TagExcluded && info.Element.GetAttribute("itemprop") is { } prop && IsHeadlineProperty(prop))
            {
                // Listing pages mark every teaser's headline: only the one mark in the article is the article's.
                var markedWithin = scope is not null && IsInside(info.Element, scope);
                markedCount++;
                markedInScope += markedWithin ? 1 : 0;
                if (marked.Element is null || (markedWithin && !marked.InScope))
                {
                    marked = (info.Element, VisibleHeadlineText(info.Element, index), markedWithin);
                }
            }

            if (info.Tag == "h1" && IsHomeLink(info.Element))
            {
                // An h1 that is only a link to the site's front page is its logo, whatever it says.
                continue;
            }

            if (info.Tag == "h2" && !info.Excluded && subheadings.Count < 8)
            {
                var subText = VisibleHeadlineText(info.Element, index);
                if (subText.Length <= 400 && !string.IsNullOrWhiteSpace(subText))
                {
                    subheadings.Add((info.Element, subText, scope is not null && IsInside(info.Element, scope)));
                }

                continue;
            }

            if (info.Tag != "h1")
            {
                continue;
            }

            if (info.Excluded)
            {
                // A headline inside a banner or breadcrumb block is still the headline when the titles confirm it.
                if (excluded.Count < 4 && VisibleHeadlineText(info.Element, index) is { Length: > 0 and <= 400 } hidden && !string.IsNullOrWhiteSpace(hidden))
                {
                    excluded.Add((info.Element, hidden, false));
                }

                continue;
            }

            var text = VisibleHeadlineText(info.Element, index);
            if (text.Length > 400 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var within = scope is not null && IsInside(info.Element, scope);
            (within ? inScope : others).Add((info.Element, text, within));
        }

        inScope.AddRange(others);
        // Outside the article, a lone mark counts only on a page whose article has no h1 of its own (a sidebar teaser
        // may be the only marked headline on a page without microdata for its article).
        var markedKept = ((marked.InScope && markedInScope == 1) || (markedCount == 1 && !marked.InScope && !inScope.Exists(h => h.Item3) && index[marked.Element!] is { Excluded: false }))
            && marked.Text is { Length: > 0 and <= 400 } && !string.IsNullOrWhiteSpace(marked.Text)
            ? marked
            : default;
        return (inScope, subheadings, excluded, markedKept);
    }

    /// <summary>The first element in the article's scope whose class names it the headline, with its text.</summary>
    private static (IElement? Element, string? Text) ClassedHeadline(PageIndex index, IElement? scope)
    {
        if (scope is null || index[scope] is null)
        {
            return default;
        }

        (IElement? Element, string? Text) found = default;
        for (var i = index.IndexOf(scope); i < index.Elements.Count; i++)
        {
            var info = index.Elements[i];
            if (i > index.IndexOf(scope) && !IsInside(info.Element, scope))
            {
                break;
            }

            if (!info.Excluded && info.Tag is "div" or "p" or "span" or "strong" or "b" && info.Text is >= 10 and <= 300 && HasToken(info.ClassAndId, "headline"))
            {
                // A list of teasers names each one's headline alike: only a headline unlike the others counts.
                if (found.Element is not null)
                {
                    if (!string.Equals(TitleChooser.Collapse(VisibleHeadlineText(info.Element, index)), TitleChooser.Collapse(found.Text!), StringComparison.Ordinal))
                    {
                        return default;
                    }

                    continue;
                }

                var text = VisibleHeadlineText(info.Element, index);
                if (string.IsNullOrWhiteSpace(text))
                {
                    return default;
                }

                found = (info.Element, text);
            }
        }

        return found;
    }

    private static bool HasToken(string classAndId, string token)
    {
        foreach (var part in classAndId.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeadlineProperty(string itemprop)
    {
        foreach (var part in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("headline", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether all the heading says is one link to the site's front page ("/", "https://example.org/", "index.html").</summary>
    private static bool IsHomeLink(IElement heading)
    {
        var link = heading.FirstElementChild;
        while (link is not null && link.LocalName != "a" && link.NextElementSibling is null && link.FirstElementChild is not null)
        {
            link = link.FirstElementChild;
        }

        if (link is null || link.LocalName != "a" || link.GetAttribute("href") is not { } href)
        {
            return false;
        }

        // Each TextContent walks the subtree and builds a string: the link's is read once.
        var linkText = link.TextContent.Trim();
        if (linkText.Length == 0 || !string.Equals(linkText, heading.TextContent.Trim(), StringComparison.Ordinal))
        {
            return false;
        }

        href = href.Trim();
        if (href is "/" or "./" or "index.html" or "index.htm" or "index.php" or "/index.html" or "/index.htm" or "/index.php")
        {
            return true;
        }

        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath is "/" or "/index.html" or "/index.htm" or "/index.php" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
    }

    /// <summary>A headline's visible words: without kickers ("Topline:"), screen-reader labels and other dropped parts.</summary>
    private static string VisibleHeadlineText(IElement heading, PageIndex index)
    {
        var text = new System.Text.StringBuilder();
        DomWalker.Walk(
            heading,
            node =>
            {
                if (node is IElement e)
                {
                    if (ReferenceEquals(e, heading))
                    {
                        return true;
                    }

                    // Parts dropped for themselves (screen-reader labels, hidden spans) stay out; those inside a dropped
                    // heading (an h1 in a banner) are its words.
                    var info = index[e];
                    return info is null || (!info.SelfDropped && !KickerClass().IsMatch(info.ClassAndId));
                }

                if (node.NodeType == NodeType.Text)
                {
                    text.Append(((ICharacterData)node).Data);
                }

                return false;
            },
            null);
        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"kicker|topline|highline|overline|dachzeile|roofline|eyebrow|supertitle|overtitle|spitzmarke|h1small|(?<![\w-])fake-h[4-6](?![\w-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex KickerClass();

    private static bool IsInside(IElement element, IElement scope)
    {
        var depth = 0;
        for (IElement? e = element; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, scope))
            {
                return true;
            }
        }

        return false;
    }
}
