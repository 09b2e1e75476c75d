using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>What the loader knows about one element of the page: its place, its class, its text statistics.</summary>
internal sealed class ElementInfo(IElement element, int parent, string tag, int sourceStart)
{
    public IElement Element { get; } = element;

    /// <summary>The index of the parent element in <see cref="PageIndex.Elements"/>, or -1 for the root.</summary>
    public int Parent { get; } = parent;

    /// <summary>The local name, lower case.</summary>
    public string Tag { get; } = tag;

    /// <summary>Where the start tag begins in the source, or -1 when the parser did not say.</summary>
    public int SourceStart { get; } = sourceStart;

    /// <summary>The class and id, lower case, separated by a space.</summary>
    public string ClassAndId { get; set; } = string.Empty;

    public BoilerplateClass Class { get; set; }

    /// <summary>Dropped for what it is (tag, role, hidden, class), with everything inside it.</summary>
    public bool SelfDropped { get; set; }

    /// <summary>Dropped for what its class says (as opposed to its tag), so a lenient pass may keep it.</summary>
    public bool DroppedByClass { get; set; }

    /// <summary>Dropped for its tag (script, style, nav...) or inside such an element: its text never counts.</summary>
    public bool TagExcluded { get; set; }

    /// <summary>Dropped itself or inside a dropped element.</summary>
    public bool Excluded { get; set; }

    /// <summary>Is or holds a known article-body container, so never dropped by its class.</summary>
    public bool HoldsContent { get; set; }

    /// <summary>Whether its <c>itemprop</c> names the article body (<c>articleBody</c>, in any case).</summary>
    public bool IsArticleBodyItem { get; set; }

    /// <summary>role="main" (any case): with a &lt;main&gt; tag, the page's own content by definition.</summary>
    public bool IsMainRole { get; set; }

    /// <summary>Inside an <c>&lt;a href&gt;</c>.</summary>
    public bool InLink { get; set; }

    /// <summary>Non-space characters of the text directly inside the element.</summary>
    public int OwnText { get; set; }

    /// <summary>Non-space characters of the kept text in the element's subtree.</summary>
    public int Text { get; set; }

    /// <summary>Non-space characters of the kept link text in the subtree.</summary>
    public int LinkText { get; set; }

    /// <summary>Commas in the kept text of the subtree.</summary>
    public int Commas { get; set; }

    /// <summary>Paragraph-like descendants with real text.</summary>
    public int Paragraphs { get; set; }

    /// <summary>The readability-style content score, or NaN when the element is no candidate.</summary>
    public double Score { get; set; } = double.NaN;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}
