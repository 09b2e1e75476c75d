namespace AttributionKit.Extraction.Attribution;

/// <summary>A word of the main text.</summary>
/// <param name="Start">Its first offset in <see cref="Model.Article.Text"/>.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Text">The word.</param>
/// <param name="InQuote">Whether it stands inside quote marks (quoted words never name a speaker or a cue).</param>
internal readonly record struct WordToken(int Start, int End, string Text, bool InQuote)
{
    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether the word ends in a possessive <c>’s</c> or <c>'s</c> ("Rubio’s"; also "It’s", which callers rule out).</summary>
    public bool IsPossessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The word in lower case.</summary>
    public string Lower => Text.ToLowerInvariant();

    /// <summary>The word as a range.</summary>
    public TextRange Range => new(Start, End);
}
