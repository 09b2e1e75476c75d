namespace AttributionKit.Model;

/// <summary>What a block of the main text is, as the page's structure says.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of body text.</summary>
    Paragraph = 0,

    /// <summary>The article's headline.</summary>
    Title = 1,

    /// <summary>A subheading inside the article (see <see cref="TextBlock.Level"/>).</summary>
    Heading = 2,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem = 3,

    /// <summary>A paragraph inside a block quote or pull quote.</summary>
    BlockQuote = 4,

    /// <summary>The attribution line of a block quote: a <c>&lt;cite&gt;</c>, a <c>&lt;figcaption&gt;</c>.</summary>
    Citation = 5,

    /// <summary>A cell or row of a table.</summary>
    TableCell = 6,

    /// <summary>Preformatted text or code.</summary>
    Preformatted = 7,

    /// <summary>A caption of an image or figure.</summary>
    Caption = 8,

    /// <summary>A dateline or byline line that dates or signs the article.</summary>
    Dateline = 9,

    /// <summary>A standfirst, dek or subtitle under the headline.</summary>
    Standfirst = 10,
}
