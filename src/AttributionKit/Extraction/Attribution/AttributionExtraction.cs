using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>What the attribution stage found: quotes and attributions (quotes and reported speech with their sources).</summary>
internal sealed class AttributionExtraction
{
    public static AttributionExtraction Empty { get; } = new([], []);

    public AttributionExtraction(ImmutableArray<Quote> quotes, ImmutableArray<Model.Attribution> attributions)
        : this(quotes, attributions, [], null)
    {
    }

    internal AttributionExtraction(
        ImmutableArray<Quote> quotes,
        ImmutableArray<Model.Attribution> attributions,
        ImmutableArray<string> speakersWithVenue,
        PersonRegistry? people)
    {
        Quotes = quotes;
        Attributions = attributions;
        SpeakersWithVenue = speakersWithVenue.ToImmutableHashSet(StringComparer.Ordinal);
        People = people;
    }

    /// <summary>The quotes in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>The attributions in text order.</summary>
    public ImmutableArray<Model.Attribution> Attributions { get; }

    /// <summary>The speakers for whom the article names an outlet, platform or venue somewhere (for <c>unsourced-quote</c>).</summary>
    internal ImmutableHashSet<string> SpeakersWithVenue { get; }

    /// <summary>The people the article names (for <c>name-variant</c>), when the stage ran.</summary>
    internal PersonRegistry? People { get; }
}
