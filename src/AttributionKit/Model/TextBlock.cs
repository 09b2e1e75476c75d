namespace AttributionKit.Model;

/// <summary>One block of the main text (a paragraph, heading, list item, quote paragraph...).</summary>
public sealed class TextBlock
{
    internal TextBlock(BlockKind kind, TextRange range, int level, int quoteGroup)
    {
        Kind = kind;
        Range = range;
        Level = level;
        QuoteGroup = quoteGroup;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>Where the block's text stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>The heading level (1–6) of a heading; the nesting depth of a list item or quote; otherwise 0.</summary>
    public int Level { get; }

    /// <summary>
    /// For blocks of a block quote and its citation: a number shared by all blocks of the same quote; otherwise -1.
    /// </summary>
    public int QuoteGroup { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Range}";
}
