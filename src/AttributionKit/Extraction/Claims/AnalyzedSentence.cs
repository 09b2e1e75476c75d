using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Claims;

/// <summary>One sentence as the claim stage saw it: its score, features, source and figures.</summary>
/// <param name="SentenceIndex">Its index in the segmented article.</param>
/// <param name="Range">Where it stands in the main text.</param>
/// <param name="BlockIndex">Its block.</param>
/// <param name="BlockKind">Its block's kind.</param>
/// <param name="Score">Check-worthiness, 0 to 1.</param>
/// <param name="Features">The features that fired.</param>
/// <param name="Source">Who the sentence itself (or its quote) credits, if anyone.</param>
/// <param name="IsClaim">Whether it is reported as a claim.</param>
/// <param name="IsQuoted">Whether it is (inside) a quotation.</param>
/// <param name="Numbers">Its figures as written, without separators ("1000", "10"), to tell a summary of sourced facts.</param>
/// <param name="ContentWords">Its content words, lemmatised.</param>
internal sealed record AnalyzedSentence(
    int SentenceIndex,
    TextRange Range,
    int BlockIndex,
    BlockKind BlockKind,
    double Score,
    ImmutableArray<string> Features,
    ClaimSource? Source,
    bool IsClaim,
    bool IsQuoted,
    IReadOnlySet<string> Numbers,
    IReadOnlySet<string> ContentWords)
{
    /// <summary>Whether a feature fired.</summary>
    public bool Has(string feature) => Features.Contains(feature);
}
