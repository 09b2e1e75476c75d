using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Finds the elements that hold the article: every paragraph-like element scores its ancestors by its text length
/// and commas (readability's heuristic), scores are weighed by link density, class and id patterns and semantic
/// markers (<c>&lt;article&gt;</c>, <c>&lt;main&gt;</c>, <c>itemprop=articleBody</c>, CMS body classes), and the best
/// candidate is taken with the siblings that look like more of the same article.
/// </summary>
internal static partial class MainContentFinder
{
    /// <summary>The content roots in document order (empty when the page has no text at all).</summary>
    /// <param name="index">The page.</param>
    /// <param name="headline">The index of the heading the page's titles name (<see cref="HeadlineAnchor"/>), or -1.</param>
    public static List<IElement> Find(PageIndex index, int headline = -1)
    {
        var elements = index.Elements;
        foreach (var info in elements)
        {
            info.Score = double.NaN;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var info = elements[i];
            if (info.Excluded || !PageIndex.IsParagraphLike(info) || info.Text < 25)
            {
                continue;
            }

            // Nested paragraph-like elements (a <p> in an <li>) are scored once, by the outermost.
            if (info.Parent >= 0 && PageIndex.IsParagraphLike(elements[info.Parent]) && elements[info.Parent].Tag is "li" or "td" or "blockquote" or "dd")
            {
                continue;
            }

            double score = 1 + info.Commas + Math.Min(info.Text / 100, 3);
            score *= 1 - Math.Min(1, info.LinkDensity);
            var ancestor = info.Parent;
            for (var level = 0; ancestor >= 0 && level < 5; level++)
            {
                var a = elements[ancestor];
                if (double.IsNaN(a.Score))
                {
                    a.Score = InitialScore(a);
                }

                a.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                ancestor = a.Parent;
            }
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < elements.Count; i++)
        {
            var info = elements[i];
            if (double.IsNaN(info.Score) || info.Excluded)
            {
                continue;
            }

            var final = info.Score * (1 - info.LinkDensity);
            if ((info.Class & BoilerplateClass.Content) != 0 || info.IsArticleBodyItem)
            {
                final = (final * 1.5) + 15;
            }

            info.Score = final;
            if (final > bestScore)
            {
                bestScore = final;
                best = i;
            }
        }

        if (best < 0)
        {
            return [];
        }

        (best, bestScore) = InsideMain(elements, best, bestScore);
        var own = OwnArticle(elements, best, bestScore, headline);
        best = own >= 0 ? ClimbWrappers(elements, own, headline) : ClimbToCommonAncestor(elements, best, bestScore, headline);
        var roots = WithSiblings(index, best, otherStories: own >= 0);
        AddLeadAbove(index, roots);
        return roots;
    }

    /// <summary>
    /// The page's one <c>&lt;main&gt;</c> (or <c>role="main"</c>) holds the page's own content by definition: when the
    /// best block stands outside it (a slideshow or a teaser strip above it) and it holds real text, its best block.
    /// </summary>
    private static (int Best, double Score) InsideMain(List<ElementInfo> elements, int best, double bestScore)
    {
        var main = -1;
        for (var i = 0; i < elements.Count; i++)
        {
            var info = elements[i];
            if (IsMain(info))
            {
                if (main >= 0)
                {
                    return (best, bestScore);
                }

                main = i;
            }
        }

        if (main < 0 || elements[main].Excluded || elements[main].Text < 500 || main == best || IsAncestor(elements, main, best) || IsAncestor(elements, best, main))
        {
            return (best, bestScore);
        }

        var inside = -1;
        var insideScore = double.NegativeInfinity;
        for (var i = main; i < elements.Count && (i == main || IsAncestor(elements, main, i)); i++)
        {
            if (!double.IsNaN(elements[i].Score) && !elements[i].Excluded && elements[i].Score > insideScore)
            {
                inside = i;
                insideScore = elements[i].Score;
            }
        }

        return inside >= 0 ? (inside, insideScore) : (best, bestScore);
    }

    // The role as the index read it (the first "role" attribute, as GetAttribute gives it), not asked of every element again.
    private static bool IsMain(ElementInfo info) => info.Tag == "main" || info.IsMainRole;

    private static double InitialScore(ElementInfo info)
    {
        double score = info.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((info.Class & BoilerplateClass.Negative) != 0)
        {
            score -= 25;
        }

        if ((info.Class & BoilerplateClass.Positive) != 0)
        {
            score += 25;
        }

        if (info.Tag is "article" or "main")
        {
            score += 10;
        }

        return score;
    }

    /// <summary>
    /// When the best candidate holds only part of the article (its paragraphs split over sibling wrappers), the
    /// ancestor that holds several near-best candidates is the real container.
    /// </summary>
    private static int ClimbToCommonAncestor(List<ElementInfo> elements, int best, double bestScore, int headline)
    {
        var rivals = new List<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            if (i != best && !double.IsNaN(elements[i].Score) && elements[i].Score >= bestScore * 0.75 && !IsAncestor(elements, i, best) && !IsAncestor(elements, best, i))
            {
                rivals.Add(i);
            }
        }

        if (rivals.Count < 1)
        {
            return ClimbWrappers(elements, best, headline);
        }

        var ancestor = elements[best].Parent;
        while (ancestor >= 0 && elements[ancestor].Tag is not ("body" or "html"))
        {
            var holds = rivals.Count(r => IsAncestor(elements, ancestor, r));
            if (holds >= Math.Min(2, rivals.Count))
            {
                return ancestor;
            }

            ancestor = elements[ancestor].Parent;
        }

        return best;
    }

    /// <summary>
    /// The lead (standfirst) often stands a level or two above the body, next to the block that wraps it: a
    /// paragraph named like a lead among the preceding siblings of the content's ancestors goes first.
    /// </summary>
    private static void AddLeadAbove(PageIndex index, List<IElement> roots)
    {
        if (roots.Count == 0)
        {
            return;
        }

        var elements = index.Elements;
        var child = roots[0];
        for (var level = 0; level < 3 && child.ParentElement is { } parent && parent.LocalName is not ("body" or "html"); level++, child = parent)
        {
            var checkedSiblings = 0;
            for (var sibling = child.PreviousElementSibling; sibling is not null && checkedSiblings < 4; sibling = sibling.PreviousElementSibling, checkedSiblings++)
            {
                if (sibling.LocalName is "h1")
                {
                    return;
                }

                if (IsLead(index[sibling]))
                {
                    roots.Insert(0, sibling);
                    return;
                }

                // The head block above the body ("<header><h1>…</h1><h2 class="subtitle">…</h2></header>") holds
                // the lead beside the headline.
                if (index[sibling] is { Excluded: false, Tag: "header" or "div" or "section" or "hgroup", Text: > 0 and < 1500 } && LeadInside(index, sibling) is { } lead)
                {
                    roots.Insert(0, lead);
                    return;
                }
            }
        }
    }

    private static bool IsLead(ElementInfo? info) =>
        info is { Excluded: false, Tag: "p" or "div" or "h2", Text: >= 60, LinkDensity: < 0.2 } && LeadClass().IsMatch(info.ClassAndId);

    /// <summary>The first lead-named element inside a small head block, looked for among its first elements.</summary>
    private static IElement? LeadInside(PageIndex index, IElement block)
    {
        var pending = new Stack<IElement>();
        pending.Push(block);
        for (var seen = 0; pending.Count > 0 && seen < 200; seen++)
        {
            var element = pending.Pop();
            if (!ReferenceEquals(element, block) && IsLead(index[element]))
            {
                return element;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }

        return null;
    }

    /// <summary>
    /// A lone paragraph-holding wrapper whose parent has more text of the same kind: goes up while the parent keeps
    /// the link density low and adds little but real text.
    /// </summary>
    private static int ClimbWrappers(List<ElementInfo> elements, int best, int headline)
    {
        var current = best;
        while (elements[current].Parent >= 0)
        {
            var parent = elements[elements[current].Parent];
            if (headline >= 0 && IsAncestor(elements, current, headline) && parent.Text > elements[current].Text)
            {
                // Once the block holds the page's headline, it holds the whole article: what more its parents hold
                // is the page's frame (they are climbed only while they add nothing, to reach the article's siblings).
                break;
            }

            // Measured against the starting block, not the last step: small additions add up to the page's footer.
            // The headline and its kicker are the article's own, however long against a short body.
            var own = headline >= 0 && IsAncestor(elements, elements[current].Parent, headline) ? elements[headline].Text + 60 : 0;
            if (parent.Tag is "body" or "html" || parent.LinkDensity > 0.3 || parent.Paragraphs > elements[best].Paragraphs + 2 || parent.Text - own > elements[best].Text * 1.15)
            {
                break;
            }

            current = elements[current].Parent;
        }

        return current;
    }

    /// <summary>
    /// On a page that repeats one article layout (an endless scroll already holding the next stories), the body
    /// that follows the page's own headline, when the best scored body belongs to a later story: one built like
    /// the best (same tag and classes), after the headline, with another headline of the same build between the
    /// two. Returns -1 when the page is not like that.
    /// </summary>
    private static int OwnArticle(List<ElementInfo> elements, int best, double bestScore, int headline)
    {
        if (headline < 0 || best <= headline || IsAncestor(elements, best, headline) || elements[headline].Parent < 0)
        {
            return -1;
        }

        var layout = Layout(elements[best]);
        var own = -1;
        for (var i = headline + 1; i < best; i++)
        {
            var info = elements[i];
            if (!double.IsNaN(info.Score) && !info.Excluded && info.Score >= bestScore * 0.2 && Layout(info) == layout)
            {
                own = i;
                break;
            }
        }

        if (own < 0)
        {
            return -1;
        }

        var headlineLayout = Layout(elements[elements[headline].Parent]);
        for (var j = own + 1; j < best; j++)
        {
            if (elements[j].Tag == elements[headline].Tag && elements[j].Parent >= 0 && Layout(elements[elements[j].Parent]) == headlineLayout)
            {
                return own;
            }
        }

        return -1;
    }

    /// <summary>Tag and classes without digits ("article-3", "post-887" name one instance of a layout).</summary>
    private static string Layout(ElementInfo info)
    {
        var layout = info.Tag + " " + info.ClassAndId;
        return layout.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? layout : string.Concat(layout.Where(c => !char.IsAsciiDigit(c)));
    }

    private static bool IsAncestor(List<ElementInfo> elements, int ancestor, int node)
    {
        for (var p = elements[node].Parent; p >= 0; p = elements[p].Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The candidate and those of its siblings that read as more of the article, in document order.</summary>
    /// <param name="index">The page.</param>
    /// <param name="best">The content container.</param>
    /// <param name="otherStories">Whether the page repeats the article's layout for other stories: siblings built like the container are not more of it.</param>
    private static List<IElement> WithSiblings(PageIndex index, int best, bool otherStories)
    {
        var elements = index.Elements;
        var top = elements[best];

        // The page's <main> holds all its own content: what stands beside it is the page's frame.
        if (top.Parent < 0 || IsMain(top))
        {
            return [top.Element];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var siblings = new List<(IElement Element, ElementInfo? Info, bool Keep)>();
        var beforeTop = true;
        foreach (var sibling in elements[top.Parent].Element.Children)
        {
            if (ReferenceEquals(sibling, top.Element))
            {
                siblings.Add((sibling, top, true));
                beforeTop = false;
                continue;
            }

            var info = index[sibling];
            if (info is null || info.Excluded || info.Text == 0)
            {
                siblings.Add((sibling, null, false));
                continue;
            }

            if (otherStories && Layout(info) == Layout(top))
            {
                siblings.Add((sibling, info, false));
                continue;
            }

            var keep = !double.IsNaN(info.Score) && info.Score >= threshold && info.LinkDensity < 0.3;
            if (!keep && beforeTop && info.Tag is "div" or "section" or "header" && info.Text >= 100 && info.LinkDensity < 0.2 && (info.Class & BoilerplateClass.Negative) == 0)
            {
                // A block of plain prose just above the article (its lead, a part the scorer did not reach) is more of it.
                keep = true;
            }

            if (!keep && info.Tag == "p")
            {
                keep = (info.Text > 80 && info.LinkDensity < 0.25) || (info.Text > 0 && info.LinkDensity == 0 && info.Text < 80 && info.Element.TextContent.TrimEnd().EndsWith('.'));
            }

            siblings.Add((sibling, info, keep));
        }

        // Between two kept siblings, short pieces of the same flow (subheadings, one-line paragraphs) belong to
        // the article too, unless they are mostly links.
        var first = siblings.FindIndex(s => s.Keep);
        var last = siblings.FindLastIndex(s => s.Keep);
        var roots = new List<IElement>();
        for (var i = 0; i < siblings.Count; i++)
        {
            var (element, info, keep) = siblings[i];
            if (keep || (i > first && i < last && info is not null && info.LinkDensity < 0.5 && info.Tag is "p" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "ul" or "ol" or "table" or "pre" or "figure" or "div" or "section"))
            {
                roots.Add(element);
            }
        }

        return roots;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:intro|lead|lede|standfirst|teaser-?text|summary|dek|abstract|excerpt|sub-?title|sub-?headline)(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeadClass();
}
