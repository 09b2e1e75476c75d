namespace AttributionKit.Text;

/// <summary>What a <see cref="LexicalToken"/> is.</summary>
internal enum LexicalTokenKind
{
    /// <summary>Letters (and digits, hyphens, inner full stops and apostrophes): <c>U.S</c>, <c>Trump’s</c>, <c>non-NATO</c>.</summary>
    Word,

    /// <summary>Starts with a digit: <c>1,000</c>, <c>2.3</c>, <c>10:00</c>, <c>30-day</c>, <c>10AM</c>.</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Punctuation,
}
