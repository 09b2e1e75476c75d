using AttributionKit.Model;

namespace AttributionKit.Loading;

/// <summary>Tells HTML, Markdown and plain text apart: by file extension first, then by content.</summary>
internal static class FormatDetector
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"];
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mdx"];
    private static readonly string[] TextExtensions = [".txt", ".text"];

    public static ArticleFormat Detect(string? path, string text)
    {
        var extension = path is null ? string.Empty : Path.GetExtension(path);
        if (HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        if (MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return ArticleFormat.Markdown;
        }

        if (TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return ArticleFormat.Text;
        }

        return DetectFromContent(text);
    }

    public static ArticleFormat DetectFromContent(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("</p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("</div>", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        if (head.StartsWith("---") || head.StartsWith("# ") || head.Contains("\n# ", StringComparison.Ordinal)
            || head.Contains("\n## ", StringComparison.Ordinal) || head.Contains("](", StringComparison.Ordinal)
            || head.Contains("\n> ", StringComparison.Ordinal))
        {
            return ArticleFormat.Markdown;
        }

        return ArticleFormat.Text;
    }
}
