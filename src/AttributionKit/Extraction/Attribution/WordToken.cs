using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>A word of the main text.</summary>
/// <param name="Start">Its first offset in <see cref="Model.Article.Text"/>.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Text">The word.</param>
/// <param name="InQuote">Whether it stands inside quote marks (quoted words never name a speaker or a cue).</param>
internal readonly record struct WordToken(int Start, int End, string Text, bool InQuote)
{
    private readonly string _text = Text;
    private readonly string _lower = InvariantLowerCase.Of(Text);

    /// <summary>The word.</summary>
    /// <remarks>Setting it (also through <c>with</c>) sets <see cref="Lower"/> too, so the two never disagree.</remarks>
    public string Text
    {
        get => _text;
        init
        {
            _text = value;
            _lower = InvariantLowerCase.Of(value);
        }
    }

    /// <summary>
    /// Whether the word opens a sentence of the segmentation after the first of its passage (a passage merges
    /// sentences a quote runs across), outside quote marks; the subject rules start reading there.
    /// </summary>
    public bool OpensSentence { get; init; }

    /// <summary>The word in lower case.</summary>
    /// <remarks>Computed once: the cue and speaker rules ask for it many times per word.</remarks>
    public string Lower => _lower;

    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalized => _text.Length > 0 && char.IsUpper(_text[0]);

    /// <summary>Whether the word ends in a possessive <c>’s</c> or <c>'s</c> ("Rubio’s"; also "It’s", which callers rule out).</summary>
    public bool IsPossessive => _text.EndsWith("’s", StringComparison.Ordinal) || _text.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>Whether the word negates the verb after it: <c>not</c>, <c>never</c> or a contraction in <c>n't</c>/<c>n’t</c>
    /// ("weren't authorized", "won’t say").</summary>
    public bool IsVerbNegation => _lower is "not" or "never" || _lower.EndsWith("n't", StringComparison.Ordinal) || _lower.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>Whether the word is a personal pronoun that can only be a subject: <c>he</c>, <c>she</c>, <c>they</c>,
    /// <c>we</c>, <c>I</c> ("it" and "you" may be objects or name nobody).</summary>
    public bool IsPersonalSubjectPronoun => _lower is "he" or "she" or "they" or "we" or "i";

    /// <summary>The word as a range.</summary>
    public TextRange Range => new(Start, End);
}
