namespace AttributionKit.Model;

/// <summary>How a quote stands in the article.</summary>
public enum QuoteKind
{
    /// <summary>A sentence or more of quoted speech in the running text.</summary>
    Direct = 0,

    /// <summary>A few quoted words woven into the writer's own sentence (<c>which Moscow “took into consideration.”</c>).</summary>
    Partial = 1,

    /// <summary>A block quote or pull quote set apart from the running text.</summary>
    Block = 2,
}
