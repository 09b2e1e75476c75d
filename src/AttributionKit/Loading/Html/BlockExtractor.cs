using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Turns the chosen content elements into text blocks: headings, paragraphs, list items, block quotes with their
/// citation lines, table cells, captions; inline markup keeps its text and links are recorded. Walks without
/// recursion and skips boilerplate and link lists inside the content.
/// </summary>
/// <param name="index">The page's elements.</param>
/// <param name="aligner">Maps the text to the source.</param>
/// <param name="writer">Receives the blocks.</param>
/// <param name="headline">The page's headline element, written as the title block.</param>
/// <param name="siteHost">The host of the page's own address (canonical or og:url), when it gives one.</param>
internal sealed partial class BlockExtractor(PageIndex index, SourceAligner aligner, BlockWriter writer, IElement? headline, string? siteHost = null)
{
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "td", "th", "figcaption", "caption",
        "blockquote", "div", "section", "article", "header", "main", "ul", "ol", "dl", "table", "tr", "tbody",
        "thead", "tfoot", "figure", "address", "hr", "center", "form", "fieldset", "details", "summary", "body",
        "hgroup", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<Frame> _frames = [];
    private int _nextQuoteGroup;

    private bool _keepClassDrops;

    /// <summary>Writes the blocks of <paramref name="root"/>.</summary>
    public void Extract(IElement root)
    {
        DomWalker.Walk(root, node => Enter(node, root), Exit);
        writer.EndBlock();
        _frames.Clear();
    }

    /// <summary>
    /// Writes the page's headline even when its class dropped it (a "widget-hero" or "teaser-head" box around the
    /// h1): the titles named it, so it is the article's. Hidden parts and dropped tags stay out.
    /// </summary>
    public void ExtractHeadline(IElement headline)
    {
        _keepClassDrops = true;
        try
        {
            Extract(headline);
        }
        finally
        {
            _keepClassDrops = false;
        }
    }

    private bool Enter(INode node, IElement root)
    {
        if (node.NodeType == NodeType.Text)
        {
            aligner.Append(((ICharacterData)node).Data, writer);
            return false;
        }

        if (node is not IElement element || index[element] is not { } info)
        {
            return false;
        }

        // Writing a headline from a dropped box: what the box's class dropped stays in, what is dropped inside the
        // headline itself ("<span class="sr-only">"), hidden or a dropped tag stays out.
        if (info.Excluded && !(_keepClassDrops && !info.TagExcluded && (ReferenceEquals(element, root) || !info.SelfDropped)))
        {
            return false;
        }

        if (!ReferenceEquals(element, root) && IsLinkListOrClutter(info))
        {
            return false;
        }

        aligner.SeekElement(info.SourceStart);
        switch (info.Tag)
        {
            case "br":
                writer.AddSpace(Math.Max(0, info.SourceStart), 0);
                return false;
            case "img" or "picture" or "source" or "wbr":
                return false;
        }

        var parent = _frames.Count > 0 ? _frames[^1] : new Frame(null!, BlockKind.Paragraph, 0, -1, false, 0, 0, null, 0);
        var frame = Describe(element, info, parent);
        if (frame.IsBlock)
        {
            Finish(writer.EndBlock());
            writer.Next = (frame.Kind, frame.Level, frame.QuoteGroup);
        }

        if (frame.Href is not null)
        {
            frame = frame with { LinkStart = writer.Length };
        }

        _frames.Add(frame);
        return true;
    }

    private void Exit(INode node)
    {
        if (_frames.Count == 0 || !ReferenceEquals(_frames[^1].Element, node))
        {
            return;
        }

        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Href is not null)
        {
            writer.AddLink(frame.LinkStart, frame.Href);
        }

        if (frame.IsBlock)
        {
            Finish(writer.EndBlock());
            if (_frames.Count > 0)
            {
                var outer = _frames[^1];
                writer.Next = (outer.Kind, outer.Level, outer.QuoteGroup);
            }
            else
            {
                writer.Next = (BlockKind.Paragraph, 0, -1);
            }
        }
    }

    private Frame Describe(IElement element, ElementInfo info, Frame parent)
    {
        var tag = info.Tag;
        var isBlock = BlockTags.Contains(tag) || (tag == "cite" && parent.QuoteGroup >= 0);
        var kind = parent.Kind;
        var level = parent.Level;
        var group = parent.QuoteGroup;
        var lists = parent.ListDepth;
        var quotes = parent.QuoteDepth;
        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                level = tag[1] - '0';
                kind = ReferenceEquals(element, headline) ? BlockKind.Title : BlockKind.Heading;
                break;
            case "p" or "div" or "section" or "article" or "main" or "center" or "address" or "dt" or "dd" or "header":
                if (kind is BlockKind.Title or BlockKind.Heading or BlockKind.Citation or BlockKind.Caption or BlockKind.Standfirst)
                {
                    break;
                }

                if (quotes == 0 && lists == 0 && kind != BlockKind.TableCell)
                {
                    kind = tag == "p" && StandfirstClass().IsMatch(info.ClassAndId) ? BlockKind.Standfirst : BlockKind.Paragraph;
                    level = 0;
                }

                break;
            case "ul" or "ol" or "dl":
                lists++;
                break;
            case "li":
                kind = quotes > 0 ? BlockKind.BlockQuote : BlockKind.ListItem;
                level = Math.Max(1, lists);
                break;
            case "blockquote":
                quotes++;
                group = group >= 0 ? group : _nextQuoteGroup++;
                kind = BlockKind.BlockQuote;
                level = quotes;
                break;
            case "figure":
                if (HoldsBlockQuote(element))
                {
                    group = group >= 0 ? group : _nextQuoteGroup++;
                }

                break;
            case "cite" when group >= 0:
                kind = BlockKind.Citation;
                break;
            case "figcaption":
                kind = group >= 0 ? BlockKind.Citation : BlockKind.Caption;
                level = 0;
                break;
            case "caption":
                kind = BlockKind.Caption;
                level = 0;
                break;
            case "td" or "th":
                kind = BlockKind.TableCell;
                level = 0;
                break;
            case "pre":
                kind = BlockKind.Preformatted;
                level = 0;
                break;
        }

        var href = tag == "a" ? element.GetAttribute("href") : null;
        return new Frame(element, kind, level, group, isBlock, lists, quotes, string.IsNullOrWhiteSpace(href) ? null : href.Trim(), 0);
    }

    /// <summary>Judges a block once its text is known: dash lines under quotes are citations; furniture lines go.</summary>
    private void Finish(TextBlock? block)
    {
        if (block is null)
        {
            return;
        }

        var text = writer.TextOf(block);
        // Captions of images repeat what the picture shows and who took it: not article text.
        if (BoilerplateLines.IsBoilerplate(text) || block.Kind == BlockKind.Caption
            || (block.Kind is BlockKind.Paragraph or BlockKind.Heading && BoilerplateLines.IsDateLine(text)))
        {
            writer.RemoveLast();
            return;
        }

        // A dash line under a block quote credits it, whether it follows as a paragraph or sits inside the quote
        // after the quoted paragraph, as embedded posts put it (<blockquote><p>…</p>— Dana Holt (@danaholt) May 4</blockquote>).
        if (block.Kind is BlockKind.Paragraph or BlockKind.BlockQuote && text.Length <= 200 && DashLine().IsMatch(text) && writer.Blocks.Count >= 2)
        {
            var previous = writer.Blocks[^2];
            if (previous.Kind is BlockKind.BlockQuote or BlockKind.Citation && previous.QuoteGroup >= 0
                && (block.Kind == BlockKind.Paragraph || block.QuoteGroup == previous.QuoteGroup))
            {
                writer.ReplaceLast(new TextBlock(BlockKind.Citation, block.Range, 0, previous.QuoteGroup));
            }
        }
    }

    /// <summary>Lists and boxes of links inside the content (tag clouds, "read also" lists, share rows).</summary>
    private bool IsLinkListOrClutter(ElementInfo info)
    {
        if (info.Text == 0)
        {
            return false;
        }

        return info.Tag switch
        {
            "ul" or "ol" => info.LinkDensity > 0.5 && !(info.Text >= 25 * Math.Max(1, info.Element.Children.Length)),
            "dl" or "nav" or "menu" => info.LinkDensity > 0.5,
            "div" or "section" or "table" or "header" => info.LinkDensity > 0.6 && info.Text < 3000,

            // A span around a linked word is part of its sentence (most of its paragraph's text is not the span's);
            // a span that is the whole block, or holds a row of links, is clutter; but a span around one link
            // after a label ("Earrings: <span><a>Name</a></span>") is the label's value.
            "span" => info.LinkDensity > 0.6 && info.Text < 3000 && (info.Text >= 80 || info.Parent < 0 || index.Elements[info.Parent].Text < info.Text * 4)
                && (info.Text >= 80 || info.Parent < 0 || index.Elements[info.Parent].Text == info.Text || HoldsSeveralLinks(info.Element)),
            // A paragraph that is one link to another site is a reference the article gives ("Sign the petition:
            // <a>openpetition.de/…</a>"); one to the site itself is a teaser for another of its stories.
            "p" => info.LinkDensity > 0.75 && info.Text < 250 && !IsOutboundReference(info),
            "li" => info.LinkDensity > 0.75 && info.Text < 25,
            _ => false,
        };
    }

    private bool IsOutboundReference(ElementInfo info)
    {
        if (siteHost is null || info.Text < 15 || HoldsSeveralLinks(info.Element))
        {
            return false;
        }

        var link = info.Element.QuerySelector("a[href]");
        return link?.GetAttribute("href") is { } href && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && !SameSite(uri.Host, siteHost);
    }

    private static bool SameSite(string host, string siteHost) =>
        string.Equals(WithoutWww(host), WithoutWww(siteHost), StringComparison.OrdinalIgnoreCase);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>Whether an element holds two links or more (looked for among its first descendants only: it is short).</summary>
    private static bool HoldsSeveralLinks(IElement element)
    {
        var links = 0;
        var seen = 0;
        for (var node = element.FirstElementChild; node is not null && seen < 64; seen++)
        {
            if (node.LocalName == "a" && ++links >= 2)
            {
                return true;
            }

            // Depth-first, staying under the element.
            if (node.FirstElementChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node.NextElementSibling is null)
            {
                node = node.ParentElement;
                if (ReferenceEquals(node, element))
                {
                    return false;
                }
            }

            node = node?.NextElementSibling;
        }

        return false;
    }

    private static bool HoldsBlockQuote(IElement figure)
    {
        foreach (var child in figure.Children)
        {
            if (child.LocalName == "blockquote")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*[—–―~-]\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex DashLine();

    [GeneratedRegex(@"sub-?title|standfirst|\bdek\b|subhead|lede|article-summary|intro", RegexOptions.CultureInvariant)]
    private static partial Regex StandfirstClass();

    private readonly record struct Frame(IElement Element, BlockKind Kind, int Level, int QuoteGroup, bool IsBlock, int ListDepth, int QuoteDepth, string? Href, int LinkStart);
}
