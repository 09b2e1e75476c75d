using System.Collections.Frozen;
using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// A flat, document-ordered index of a page's elements with what each is (boilerplate or not) and how much text
/// and link text its subtree holds. Built in one walk plus one backward pass: parents precede their children,
/// so summing from the end gives subtree totals in linear time.
/// </summary>
internal sealed class PageIndex
{
    private static readonly FrozenSet<string> DroppedTags = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
        "title", "meta", "link", "button", "select", "option", "textarea", "input", "nav", "aside", "dialog",
        "video", "audio", "map", "frame", "frameset", "footer", "menu", "base", "source", "track", "param",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DroppedRoles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "tablist", "comment", "button",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ParagraphTags = new[] { "p", "pre", "blockquote", "td", "li", "dd", "h2", "h3" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Elements by where their start tag stands in the source. Keying a dictionary by the element itself costs the
    // runtime an identity hash code per element, stored in its object header on first use: 2-3 % of a whole check's
    // time on the trafilatura pages, for thousands of elements a page. The source position is an int at hand. Elements
    // without one (those the parser adds: <html>, <tbody>...) and any that share a position with an earlier one go
    // to _byElement instead; a hit by position counts only when it is the same element.
    private readonly Dictionary<int, int> _byPosition;
    private readonly Dictionary<IElement, int> _byElement;

    private PageIndex(List<ElementInfo> elements, Dictionary<int, int> byPosition, Dictionary<IElement, int> byElement, bool lenient)
    {
        Elements = elements;
        _byPosition = byPosition;
        _byElement = byElement;
        Lenient = lenient;
    }

    public List<ElementInfo> Elements { get; }

    /// <summary>Whether class patterns were ignored (the retry when the strict pass left too little text).</summary>
    public bool Lenient { get; }

    public ElementInfo? this[IElement element] => IndexOf(element) is >= 0 and var i ? Elements[i] : null;

    public int IndexOf(IElement element)
    {
        if (element.SourceReference is { } source && _byPosition.TryGetValue(source.Position.Index, out var i)
            && ReferenceEquals(Elements[i].Element, element))
        {
            return i;
        }

        return _byElement.Count > 0 && _byElement.TryGetValue(element, out i) ? i : -1;
    }

    /// <summary>Indexes the page under <paramref name="root"/> (normally <c>&lt;body&gt;</c>).</summary>
    public static PageIndex Build(IElement root, bool lenient)
    {
        var elements = new List<ElementInfo>(1024);
        var byPosition = new Dictionary<int, int>(1024);
        var byElement = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var current = -1;
        DomWalker.Walk(
            root,
            node =>
            {
                // The class, not the IElement interface: a type test against an interface scans the object's list of
                // interfaces (dozens on AngleSharp's elements, and all of them for the text nodes that fail it); every
                // element AngleSharp builds derives from Element. The other walks over the whole page do the same.
                if (node is Element element)
                {
                    var tag = element.LocalName;
                    var info = new ElementInfo(element, current, tag, element.SourceReference?.Position.Index ?? -1);
                    var parent = current >= 0 ? elements[current] : null;
                    var attributes = ElementAttributes.Of(element);
                    info.IsArticleBodyItem = IsArticleBody(attributes.ItemProp);
                    info.IsMainRole = attributes.Role is { } role && role.Equals("main", StringComparison.OrdinalIgnoreCase);
                    Classify(info, attributes, lenient);
                    info.Excluded = info.SelfDropped || (parent?.Excluded ?? false);
                    info.TagExcluded = (info.SelfDropped && !info.DroppedByClass) || (parent?.TagExcluded ?? false);
                    info.InLink = (parent?.InLink ?? false) || (tag == "a" && attributes.Href);
                    current = elements.Count;
                    if (info.SourceStart < 0 || !byPosition.TryAdd(info.SourceStart, current))
                    {
                        byElement[element] = current;
                    }

                    elements.Add(info);
                    return true;
                }

                if (node.NodeType == NodeType.Text && current >= 0)
                {
                    var owner = elements[current];
                    if (!owner.TagExcluded)
                    {
                        var (chars, commas) = Count(node.TextContent);
                        owner.OwnText += chars;
                        owner.Commas += commas;
                        if (owner.InLink)
                        {
                            owner.LinkText += chars;
                        }
                    }
                }

                return false;
            },
            node =>
            {
                if (node is Element && current >= 0)
                {
                    current = elements[current].Parent;
                }
            });

        var index = new PageIndex(elements, byPosition, byElement, lenient);
        index.Reexclude();
        index.Accumulate();
        return index;
    }

    // itemprop="articleBody": a known article-body container.
    private static bool IsArticleBody(string? itemProp) => itemProp is { } prop && prop.Contains("articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>Kept paragraph-like elements: a unit of text for scoring.</summary>
    public static bool IsParagraphLike(ElementInfo info) =>
        ParagraphTags.Contains(info.Tag) || (info.OwnText >= 40 && info.Tag is "div" or "section" or "article" or "span" or "font" or "center" or "main");

    private static (int Chars, int Commas) Count(string text)
    {
        int chars = 0, commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '،' or '、' or '，')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }

    private static void Classify(ElementInfo info, ElementAttributes attributes, bool lenient)
    {
        if (DroppedTags.Contains(info.Tag) || IsHidden(attributes)
            || (attributes.Role is { } role && DroppedRoles.Contains(role.Trim())))
        {
            info.SelfDropped = true;
            return;
        }

        var cls = attributes.Class;
        var id = attributes.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return;
        }

        info.ClassAndId = WithoutTaxonomy(LowerJoined(cls, id));
        info.Class = BoilerplateLexicon.Classify(info.ClassAndId);
        if (lenient || info.Tag is "body" or "html")
        {
            return;
        }

        if ((info.Class & BoilerplateClass.Drop) != 0
            || ((info.Class & BoilerplateClass.Furniture) != 0 && (info.Class & (BoilerplateClass.Keep | BoilerplateClass.Content)) == 0))
        {
            info.SelfDropped = true;
            info.DroppedByClass = true;
        }
    }

    // (cls + " " + id).ToLowerInvariant(), built once instead of twice (a page has thousands of classed elements).
    private static string LowerJoined(string? cls, string? id)
    {
        cls ??= string.Empty;
        id ??= string.Empty;
        return string.Create(cls.Length + 1 + id.Length, (cls, id), static (span, parts) =>
        {
            parts.cls.AsSpan().ToLowerInvariant(span);
            span[parts.cls.Length] = ' ';
            parts.id.AsSpan().ToLowerInvariant(span[(parts.cls.Length + 1)..]);
        });
    }

    /// <summary>
    /// Drops the taxonomy classes CMSs put on an article ("category-newsletter", "tag-comments"): they name the
    /// article's subjects, not what the element is.
    /// </summary>
    private static string WithoutTaxonomy(string classAndId)
    {
        if (!classAndId.Contains("category-", StringComparison.Ordinal) && !classAndId.Contains("tag-", StringComparison.Ordinal))
        {
            return classAndId;
        }

        var kept = classAndId.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.StartsWith("category-", StringComparison.Ordinal) && !token.StartsWith("tag-", StringComparison.Ordinal)
                && !token.StartsWith("tags-", StringComparison.Ordinal) && !token.StartsWith("rubrique-", StringComparison.Ordinal));
        return string.Join(' ', kept);
    }

    private static bool IsHidden(ElementAttributes attributes)
    {
        if (attributes.Hidden)
        {
            return true;
        }

        if (attributes.Style is { Length: > 0 } style)
        {
            var s = style.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Undoes class drops of elements that hold the article body or most of the page's text (boilerplate is never
    /// most of a page: a wrapper called "rt-hidden transition" is a wrapper), and recomputes inherited exclusion.
    /// </summary>
    private void Reexclude()
    {
        var raw = new int[Elements.Count];
        for (var i = Elements.Count - 1; i >= 0; i--)
        {
            var info = Elements[i];
            if (info.TagExcluded)
            {
                continue;
            }

            raw[i] += info.OwnText;
            if (info.Parent >= 0)
            {
                raw[info.Parent] += raw[i];
            }
        }

        // Known article-body containers protect their ancestors from being dropped by class; but one that is itself
        // named boilerplate ("comment-content entry-content"), or a short one inside a dropped block (a sign-up form's
        // "bodytext"), is that block's part, and protects nothing.
        var inDropped = new bool[Elements.Count];
        for (var i = 0; i < Elements.Count; i++)
        {
            var info = Elements[i];
            var parentDropped = info.Parent >= 0 && (inDropped[info.Parent] || Elements[info.Parent].DroppedByClass);
            inDropped[i] = parentDropped;
            var content = ((info.Class & BoilerplateClass.Content) != 0 && !info.DroppedByClass && (!parentDropped || raw[i] >= 200))
                || info.IsArticleBodyItem;
            if (content)
            {
                for (var p = i; p >= 0 && !Elements[p].HoldsContent; p = Elements[p].Parent)
                {
                    Elements[p].HoldsContent = true;
                }
            }
        }

        var total = raw.Length > 0 ? raw[0] : 0;
        for (var i = 0; i < Elements.Count; i++)
        {
            var info = Elements[i];
            if (info.DroppedByClass && (info.HoldsContent || raw[i] >= total * 0.7))
            {
                info.SelfDropped = false;
                info.DroppedByClass = false;
            }

            var parentExcluded = info.Parent >= 0 && Elements[info.Parent].Excluded;
            info.Excluded = info.SelfDropped || parentExcluded;
        }
    }

    private void Accumulate()
    {
        foreach (var info in Elements)
        {
            info.Text = info.Excluded ? 0 : info.OwnText;
            if (info.Excluded)
            {
                info.LinkText = 0;
                info.Commas = 0;
            }
        }

        for (var i = Elements.Count - 1; i >= 0; i--)
        {
            var info = Elements[i];
            if (info.Excluded)
            {
                continue;
            }

            if (IsParagraphLike(info) && info.Text >= 80)
            {
                info.Paragraphs++;
            }

            if (info.Parent >= 0)
            {
                var parent = Elements[info.Parent];
                parent.Text += info.Text;
                parent.LinkText += info.LinkText;
                parent.Commas += info.Commas;
                parent.Paragraphs += info.Paragraphs;
            }
        }
    }
}
