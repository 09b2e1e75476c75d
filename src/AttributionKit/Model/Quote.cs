namespace AttributionKit.Model;

/// <summary>A quotation of someone's words, with who said it, the cue that says so and where it was said.</summary>
public sealed class Quote
{
    internal Quote(
        string text,
        TextRange range,
        SourceSpan span,
        QuoteKind kind,
        string? speaker,
        string? speakerRole,
        Mention? speakerMention,
        Mention? cue,
        string? source,
        int? repeatOf)
    {
        Text = text;
        Range = range;
        Span = span;
        Kind = kind;
        Speaker = speaker;
        SpeakerRole = speakerRole;
        SpeakerMention = speakerMention;
        Cue = cue;
        Source = source;
        RepeatOf = repeatOf;
    }

    /// <summary>The quoted words, without the quote marks; the pieces of an interrupted quote joined by a space.</summary>
    public string Text { get; }

    /// <summary>Where the quoted words stand in <see cref="Article.Text"/> (from the first word to the last).</summary>
    public TextRange Range { get; }

    /// <summary>Where the quoted words stand in the original file.</summary>
    public SourceSpan Span { get; }

    /// <summary>How the quote stands in the article.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The speaker's canonical name (the fullest form the article uses), or <see langword="null"/> when none was found.</summary>
    public string? Speaker { get; }

    /// <summary>The speaker's title or role as the article gives it (<c>Presidential Spokesman</c>), when it does.</summary>
    public string? SpeakerRole { get; }

    /// <summary>The words that name the speaker for this quote (a name, a pronoun, "a source").</summary>
    public Mention? SpeakerMention { get; }

    /// <summary>The words that mark the attribution: a reporting verb, "according to", a dash.</summary>
    public Mention? Cue { get; }

    /// <summary>The outlet, platform, document or venue where the words were said, when the article gives one.</summary>
    public string? Source { get; }

    /// <summary>The index in <see cref="AnalysisResult.Quotes"/> of an earlier quote this one repeats (a pull quote), if any.</summary>
    public int? RepeatOf { get; }

    /// <inheritdoc />
    public override string ToString() => $"“{Text}” — {Speaker ?? "?"}";
}
