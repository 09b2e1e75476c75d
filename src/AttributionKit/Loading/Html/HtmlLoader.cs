using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>Reads an HTML page: finds the main article content, drops boilerplate, reads metadata and dates.</summary>
internal static class HtmlLoader
{
    public static Article Load(string source, string? path) =>
        throw new ArticleLoadException(path, "HTML loading is not implemented yet.");
}
