namespace AttributionKit.Loading.Html;

/// <summary>What one schema.org object of a page's JSON-LD says about the page.</summary>
internal sealed record JsonLdArticle(
    string Type,
    bool IsArticle,
    string? Headline,
    string? DatePublished,
    string? DateCreated,
    string? DateModified,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? Url);
