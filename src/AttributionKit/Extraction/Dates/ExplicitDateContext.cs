using System.Collections.Frozen;

namespace AttributionKit.Extraction.Dates;

/// <summary>One language's words that change a plain explicit date (<c>Lexicons/Dates/explicit-date-context.tsv</c>).</summary>
/// <param name="NotAfter">Words that may not follow it ("to", "bis": a range).</param>
/// <param name="NotNear">Words that may not stand among the three before it ("since", "end of", "seit").</param>
internal sealed record ExplicitDateContext(FrozenSet<string> NotAfter, FrozenSet<string> NotNear);
