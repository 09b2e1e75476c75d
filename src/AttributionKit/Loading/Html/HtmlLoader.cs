using System.Collections.Immutable;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Reads an HTML page: parses it once (AngleSharp, with source positions), indexes its elements, finds the main
/// article content and drops boilerplate, writes the article's blocks with every character mapped to the source,
/// and reads the page's metadata and dates.
/// </summary>
internal static class HtmlLoader
{
    /// <summary>Below this many characters of kept text the strict pass is judged to have dropped the article.</summary>
    private const int MinimumArticleText = 200;

    // AngleSharp's services, built once and shared by every page's parser (they are read-only once built; a parser
    // made without a context builds a whole new set for every page). With no link relations a <link
    // rel="stylesheet" href> is kept as an element and nothing more: AngleSharp would otherwise parse its URL and
    // start loading the style sheet (with no loader, to no end) as it builds the tree, which with the same for
    // rel="icon", "preload" and the rest came to about 2 % of a check's time on the trafilatura/ pages.
    private static readonly IConfiguration ParserConfiguration =
        Configuration.Default.Without<ILinkRelationFactory>().With(NoLinkRelationFactory.Instance);

    /// <summary>Reads an HTML page; <paramref name="today"/> bounds its publication date (no page is published later).</summary>
    public static Article Load(string source, string? path, DateOnly today)
    {
        try
        {
            return LoadCore(source, path, today);
        }
        catch (Exception ex) when (ex is not ArticleLoadException and not OutOfMemoryException)
        {
            throw new ArticleLoadException(path, $"could not be read as HTML: {ex.Message}", ex);
        }
    }

    private static Article LoadCore(string source, string? path, DateOnly today)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, SkipComments = true }, BrowsingContext.New(ParserConfiguration));
        var document = parser.ParseDocument(NestingLimiter.Limit(source));
        var lines = LineIndex.Build(source);
        var body = document.Body ?? document.DocumentElement;
        if (body is null)
        {
            throw new ArticleLoadException(path, "the HTML page has no body.");
        }

        var index = PageIndex.Build(body, lenient: false);
        var titles = HeadlineAnchor.Titles(document);
        var roots = MainContentFinder.Find(index, HeadlineAnchor.Find(titles, index));
        if (KeptText(index, roots) < MinimumArticleText)
        {
            // Class patterns may have hidden the article (a wrapper named like a sidebar): retry without them.
            var lenient = PageIndex.Build(body, lenient: true);
            var lenientRoots = MainContentFinder.Find(lenient, HeadlineAnchor.Find(titles, lenient));
            if (KeptText(lenient, lenientRoots) > Math.Max(MinimumArticleText, KeptText(index, roots) * 2))
            {
                index = lenient;
                roots = lenientRoots;
            }
        }

        var scope = ArticleScope(roots);
        var meta = HtmlMetadataReader.Read(document, source, lines, index, scope, today);

        var writer = new BlockWriter();
        var aligner = new SourceAligner(source);
        var siteHost = meta.Metadata.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var address) ? address.Host : null;
        var extractor = new BlockExtractor(index, aligner, writer, meta.Headline, siteHost);
        if (meta.Headline is { } headline && roots.Count > 0)
        {
            // The headline above the content is written first; so is one inside it that a box's class dropped.
            var inside = roots.Any(r => IsInside(headline, r));
            if ((!inside && Precedes(index, headline, roots[0])) || (inside && index[headline] is { Excluded: true }))
            {
                extractor.ExtractHeadline(headline);
            }
        }

        foreach (var root in roots)
        {
            extractor.Extract(root);
        }

        // A heading with nothing after it titled a box that was dropped ("Related topics", "Share this page").
        while (writer.Blocks.Count > 1 && writer.Blocks[^1].Kind == BlockKind.Heading)
        {
            writer.RemoveLast();
        }

        if (writer.Blocks.Count == 0)
        {
            AddFallbackText(document, body, source, writer, aligner);
        }

        var text = writer.Builder.ToString();
        var map = writer.Builder.BuildMap();
        var links = ImmutableArray.CreateBuilder<ArticleLink>(writer.Links.Count);
        foreach (var (range, href) in writer.Links)
        {
            var start = map.MapStart(range.Start);
            var span = lines.GetSpan(start, Math.Max(start, map.MapEnd(range.End)));
            links.Add(new ArticleLink(new Mention(text.Substring(range.Start, range.Length), range, span), href));
        }

        return new Article(path, ArticleFormat.Html, source, lines, text, map, writer.Blocks.ToImmutable(), links.MoveToImmutable(), meta.Metadata);
    }

    /// <summary>
    /// A page without an article (a gallery, a script-built page) still has a name: the whole visible text of the
    /// body, or else the document title, so that its metadata and dates are not lost.
    /// </summary>
    private static void AddFallbackText(IDocument document, IElement body, string source, BlockWriter writer, SourceAligner aligner)
    {
        var lenient = PageIndex.Build(body, lenient: true);
        if (lenient[body] is { Text: > 0 })
        {
            new BlockExtractor(lenient, new SourceAligner(source), writer, null).Extract(body);
            if (writer.Blocks.Count > 0)
            {
                return;
            }
        }

        var title = document.Head?.Children.FirstOrDefault(e => e.LocalName == "title");
        if (title?.SourceReference is { } reference && !string.IsNullOrWhiteSpace(title.TextContent))
        {
            var textStart = source.IndexOf('>', reference.Position.Index);
            aligner.SeekElement(textStart < 0 ? reference.Position.Index : textStart + 1);
            writer.Next = (BlockKind.Title, 1, -1);
            aligner.Append(title.TextContent, writer);
            writer.EndBlock();
        }
    }

    private static int KeptText(PageIndex index, List<IElement> roots) => roots.Sum(r => index[r]?.Text ?? 0);

    /// <summary>The part of the page the article owns: the nearest <c>&lt;article&gt;</c> around the content, else its grandparent.</summary>
    private static IElement? ArticleScope(List<IElement> roots)
    {
        if (roots.Count == 0)
        {
            return null;
        }

        var depth = 0;
        for (IElement? e = roots[0]; e is not null && depth < 6; e = e.ParentElement, depth++)
        {
            if (e.LocalName is "article" or "main" || e.GetAttribute("itemtype")?.Contains("Article", StringComparison.Ordinal) == true)
            {
                return e;
            }

            if (e.LocalName is "body" or "html")
            {
                break;
            }
        }

        var parent = roots[0].ParentElement;
        return parent?.LocalName is "body" or "html" or null ? roots[0] : parent.ParentElement?.LocalName is "body" or "html" or null ? parent : parent.ParentElement;
    }

    private static bool IsInside(IElement element, IElement ancestor)
    {
        var depth = 0;
        for (IElement? e = element; e is not null && depth < 1000; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Precedes(PageIndex index, IElement a, IElement b) => index.IndexOf(a) < index.IndexOf(b);
}
