using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>A quote being assembled: its pieces, how it stands, and who said it where.</summary>
internal sealed class QuoteDraft
{
    /// <summary>The quoted words of each piece, without marks (an interrupted quote has several).</summary>
    public List<TextRange> Pieces { get; } = [];

    /// <summary>The pieces with their marks: what an attribution's content covers.</summary>
    public List<TextRange> OuterPieces { get; } = [];

    /// <summary>How the quote stands.</summary>
    public QuoteKind Kind { get; set; }

    /// <summary>The attribution relation the quote belongs to.</summary>
    public AttributionDraft? Attribution { get; set; }

    /// <summary>The block the quote starts in.</summary>
    public int BlockIndex { get; set; }

    /// <summary>The index of the quote this one repeats (a pull quote), if any.</summary>
    public int? RepeatOf { get; set; }

    /// <summary>The quote's index in the final list.</summary>
    public int Index { get; set; }

    /// <summary>From the first quoted word to the last.</summary>
    public TextRange Range => new(Pieces[0].Start, Pieces[^1].End);

    /// <summary>The quoted words, pieces joined by a space.</summary>
    public string Text(string text) => string.Join(' ', Pieces.Select(p => text.Substring(p.Start, p.Length)));

    /// <summary>Adds a piece of quoted text.</summary>
    public void Add(TextRange inner, TextRange outer)
    {
        Pieces.Add(inner);
        OuterPieces.Add(outer);
    }
}
