using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>What the attribution stage found: quotes and attributions (quotes and reported speech with their sources).</summary>
internal sealed class AttributionExtraction
{
    public static AttributionExtraction Empty { get; } = new([], []);

    public AttributionExtraction(ImmutableArray<Quote> quotes, ImmutableArray<Model.Attribution> attributions)
    {
        Quotes = quotes;
        Attributions = attributions;
    }

    /// <summary>The quotes in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>The attributions in text order.</summary>
    public ImmutableArray<Model.Attribution> Attributions { get; }
}
