using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Outlets;

/// <summary>What the outlet stage found: the cited outlets, each once with all its citing mentions.</summary>
internal sealed class OutletExtraction
{
    public static OutletExtraction Empty { get; } = new([]);

    public OutletExtraction(ImmutableArray<OutletCitation> citations)
        : this(citations, [])
    {
    }

    public OutletExtraction(ImmutableArray<OutletCitation> citations, ImmutableArray<CitingMention> mentions)
    {
        Citations = citations;
        Mentions = mentions.IsDefault ? [] : mentions;
    }

    /// <summary>The cited outlets in order of first citation.</summary>
    public ImmutableArray<OutletCitation> Citations { get; }

    /// <summary>Every citing mention in text order, with what made it a citation (for the claim stage and the rules).</summary>
    public ImmutableArray<CitingMention> Mentions { get; }
}
