using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Outlets;

/// <summary>A phrase that makes a name next to it a citation (one row of <c>Outlets/citation-cues.tsv</c>).</summary>
/// <param name="Position">Whether it stands before or after the name.</param>
/// <param name="Words">Its words, lower case.</param>
/// <param name="Kinds">The outlet kinds it applies to; empty for every kind.</param>
/// <param name="AllowsUnknown">Whether it may introduce a name the gazetteer does not know.</param>
internal sealed record CitationCue(CitationCuePosition Position, ImmutableArray<string> Words, ImmutableHashSet<OutletKind> Kinds, bool AllowsUnknown)
{
    /// <summary>The phrase.</summary>
    public string Phrase => string.Join(' ', Words);

    /// <summary>Whether the cue can cite a body of this kind.</summary>
    public bool Applies(OutletKind kind) => Kinds.IsEmpty || Kinds.Contains(kind);
}
