using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Outlets;

/// <summary>What the outlet stage found: the cited outlets, each once with all its citing mentions.</summary>
internal sealed class OutletExtraction
{
    public static OutletExtraction Empty { get; } = new([]);

    public OutletExtraction(ImmutableArray<OutletCitation> citations)
    {
        Citations = citations;
    }

    /// <summary>The cited outlets in order of first citation.</summary>
    public ImmutableArray<OutletCitation> Citations { get; }
}
