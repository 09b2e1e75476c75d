using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Claims;

/// <summary>What the claim stage found: the check-worthy claims.</summary>
internal sealed class ClaimExtraction
{
    public static ClaimExtraction Empty { get; } = new([]);

    public ClaimExtraction(ImmutableArray<Claim> claims)
    {
        Claims = claims;
    }

    /// <summary>The claims in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }
}
