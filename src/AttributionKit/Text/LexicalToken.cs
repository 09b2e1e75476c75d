namespace AttributionKit.Text;

/// <summary>A word, number or punctuation mark of the main text.</summary>
/// <param name="Range">Where it stands in the text.</param>
/// <param name="Text">Its characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
internal readonly record struct LexicalToken(TextRange Range, string Text, LexicalTokenKind Kind)
{
    /// <summary>The text in lower case, for lexicon lookups.</summary>
    public string Lower => InvariantLowerCase.Of(Text);

    /// <summary>Whether it is a word that starts with a capital letter.</summary>
    public bool IsCapitalized => Kind == LexicalTokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Whether it is a word written in lower case.</summary>
    public bool IsLowercaseWord => Kind == LexicalTokenKind.Word && char.IsLower(Text[0]);

    /// <summary>The word without a possessive ending (<c>Trump’s</c> → <c>Trump</c>).</summary>
    public string WithoutPossessive =>
        Text.Length > 2 && (Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal)) ? Text[..^2] : Text;

    /// <summary>Whether the word ends in a possessive <c>’s</c>.</summary>
    public bool IsPossessive => WithoutPossessive.Length != Text.Length;
}
