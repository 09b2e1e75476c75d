namespace AttributionKit.Loading.Html;

/// <summary>What a page says about its headline: metadata titles, the document title, its h1 and h2 headings.</summary>
/// <param name="MetaTitles">og:title, JSON-LD headline, twitter:title, in that order.</param>
/// <param name="DocumentTitle">The <c>&lt;title&gt;</c> text.</param>
/// <param name="Headings">The h1 texts, those in the article's scope first.</param>
/// <param name="HeadlineInArticle">The first h1 inside the article's scope.</param>
/// <param name="SiteName">The site's name from its metadata.</param>
/// <param name="Subheadings">The first h2 texts in page order.</param>
/// <param name="FirstSubheadingInArticle">The first h2 inside the article's scope, when the page has no h1 with text.</param>
/// <param name="ExcludedHeadings">h1 texts inside blocks dropped as boilerplate (banners, breadcrumbs).</param>
/// <param name="MarkedHeadline">The text of the element the page marks as its headline (<c>itemprop="headline"</c>), when it marks one.</param>
/// <param name="SubheadingsBeforeHeadline">The h2 texts that come before the article's first h1.</param>
internal sealed record TitleClues(
    IReadOnlyList<string> MetaTitles,
    string? DocumentTitle,
    IReadOnlyList<string> Headings,
    string? HeadlineInArticle,
    string? SiteName,
    IReadOnlyList<string> Subheadings,
    string? FirstSubheadingInArticle,
    IReadOnlyList<string> ExcludedHeadings,
    string? MarkedHeadline = null,
    IReadOnlyList<string>? SubheadingsBeforeHeadline = null);
