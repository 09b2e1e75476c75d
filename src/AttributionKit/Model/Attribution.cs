namespace AttributionKit.Model;

/// <summary>
/// An attribution relation: content (what was said), a source (who said it) and a cue (the words that tie
/// them together), in the spirit of the PARC and PolNeAR annotation schemes.
/// </summary>
public sealed class Attribution
{
    internal Attribution(AttributionKind kind, Mention content, AttributionSource? source, Mention? cue, int? quoteIndex)
    {
        Kind = kind;
        Content = content;
        Source = source;
        Cue = cue;
        QuoteIndex = quoteIndex;
    }

    /// <summary>How the content is given.</summary>
    public AttributionKind Kind { get; }

    /// <summary>What was said.</summary>
    public Mention Content { get; }

    /// <summary>Who said it, when the text says.</summary>
    public AttributionSource? Source { get; }

    /// <summary>The cue: a reporting verb phrase, "according to", a colon or dash.</summary>
    public Mention? Cue { get; }

    /// <summary>The index in <see cref="AnalysisResult.Quotes"/> of the quote this relation attributes, if it is one.</summary>
    public int? QuoteIndex { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source?.Name ?? "?"} {Cue?.Text}: {Content.Text}";
}
