using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Claims;

/// <summary>What the claim stage found: the check-worthy claims, and what the sourcing and consistency rules need.</summary>
internal sealed class ClaimExtraction
{
    public static ClaimExtraction Empty { get; } = new([]);

    public ClaimExtraction(ImmutableArray<Claim> claims)
        : this(claims, [], [], [])
    {
    }

    public ClaimExtraction(ImmutableArray<Claim> claims, ImmutableArray<AnalyzedSentence> sentences, ImmutableArray<Quantity> quantities, ImmutableArray<VagueSource> vagueSources)
    {
        Claims = claims;
        Sentences = sentences.IsDefault ? [] : sentences;
        Quantities = quantities.IsDefault ? [] : quantities;
        VagueSources = vagueSources.IsDefault ? [] : vagueSources;
    }

    /// <summary>The claims in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Every sentence with its score, features and source, in text order (claims and the rest).</summary>
    public ImmutableArray<AnalyzedSentence> Sentences { get; }

    /// <summary>Every figure with a unit, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Every unnamed source, in text order.</summary>
    public ImmutableArray<VagueSource> VagueSources { get; }
}
