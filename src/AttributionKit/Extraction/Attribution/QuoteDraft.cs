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

    /// <summary>
    /// The quoted words, pieces joined by a space. A piece the next one continues in lower case loses the comma that
    /// only the interruption put there: <c>“We have,” she said, “no intention …”</c> gives "We have no intention …".
    /// </summary>
    public string Text(string text)
    {
        if (Pieces.Count == 1)
        {
            return text.Substring(Pieces[0].Start, Pieces[0].Length);
        }

        var joined = new System.Text.StringBuilder();
        for (var k = 0; k < Pieces.Count; k++)
        {
            var piece = text.AsSpan(Pieces[k].Start, Pieces[k].Length);
            if (k + 1 < Pieces.Count && piece.EndsWith(",") && Pieces[k + 1].Length > 0 && char.IsLower(text[Pieces[k + 1].Start]))
            {
                piece = piece[..^1];
            }

            joined.Append(piece);
            if (k + 1 < Pieces.Count)
            {
                joined.Append(' ');
            }
        }

        return joined.ToString();
    }

    /// <summary>Adds a piece of quoted text.</summary>
    public void Add(TextRange inner, TextRange outer)
    {
        Pieces.Add(inner);
        OuterPieces.Add(outer);
    }
}
