using AttributionKit.Model;

namespace AttributionKit.Extraction.Dates;

/// <summary>A date expression's kind and value as reported in a <see cref="DateMention"/>.</summary>
/// <param name="Type">The kind of expression.</param>
/// <param name="Value">The ISO value, or <see langword="null"/> when it cannot be resolved.</param>
/// <param name="Start">The first day it covers.</param>
/// <param name="End">The last day it covers (inclusive).</param>
internal sealed record ResolvedValue(DateMentionType Type, string? Value, DateOnly? Start, DateOnly? End);
