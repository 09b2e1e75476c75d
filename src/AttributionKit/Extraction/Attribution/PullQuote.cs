namespace AttributionKit.Extraction.Attribution;

/// <summary>A block quote or pull quote: its text, its credit line (if any) and the blocks it takes up.</summary>
/// <param name="Draft">The quote.</param>
/// <param name="Line">The credit line taken apart, if there is one.</param>
/// <param name="Blocks">The indexes of the blocks it takes up (quote and credit line).</param>
internal sealed record PullQuote(QuoteDraft Draft, AttributionLine? Line, IReadOnlySet<int> Blocks);
