using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>An attribution relation being assembled: source, cue and content, and the quotes it attributes.</summary>
internal sealed class AttributionDraft
{
    /// <summary>The words naming the source, if any.</summary>
    public TextRange? Source { get; set; }

    /// <summary>The source resolved: its canonical name, role and kind.</summary>
    public ResolvedSpeaker? Speaker { get; set; }

    /// <summary>The cue words, if any.</summary>
    public TextRange? Cue { get; set; }

    /// <summary>
    /// Whether the draft only names the speaker of its quote and is reported as no relation of its own: a few quoted
    /// words woven into a sentence whose subject names no person (<c>It owed the firm $556,000 for “survey research”</c>).
    /// </summary>
    public bool SpeakerOnly { get; set; }

    /// <summary>What was said.</summary>
    public TextRange Content { get; set; }

    /// <summary>Where it was said (an outlet or platform name), if the attribution says.</summary>
    public string? Venue { get; set; }

    /// <summary>The quotes it attributes, in order.</summary>
    public List<QuoteDraft> Quotes { get; } = [];

    /// <summary>Whether the content is direct, reported or mixed.</summary>
    public AttributionKind Kind => Quotes.Count == 0 ? AttributionKind.Indirect
        : Quotes.All(q => q.Kind != QuoteKind.Partial) ? AttributionKind.Direct : AttributionKind.Mixed;
}
