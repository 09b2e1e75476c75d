using System.Collections.Immutable;

namespace AttributionKit.Extraction.Claims;

/// <summary>A figure counting or measuring something: "200 drones", "$2.3 billion", "76 of 112 drones" (two of them).</summary>
/// <param name="Range">The whole expression ("76 of 112 drones"), what a finding points at.</param>
/// <param name="FigureRange">The figure and its unit ("200 drones", "112 drones"), for messages and related places.</param>
/// <param name="Value">The figure's value, multipliers applied.</param>
/// <param name="Low">The least value the text allows ("over 14,000": 14,000).</param>
/// <param name="High">The greatest ("over 14,000": infinity).</param>
/// <param name="Unit">What it counts, singular and lower case (<c>drone</c>), or a currency symbol.</param>
/// <param name="Frame">The time frame it is counted over (<c>night</c>, <c>12 hours</c>), or null.</param>
/// <param name="IsPart">Whether it is the part of "76 of 112": a subset, not the total.</param>
/// <param name="SentenceIndex">The sentence it stands in.</param>
/// <param name="Nearby">The content words within a few words of the figure in its clause, lemmatised, without the unit
/// and without words that say nothing of what is counted ("raised", "worth").</param>
/// <param name="Places">Capitalised words after "in" in its sentence ("in Kyiv"), which tell figures of different places apart.</param>
internal sealed record Quantity(
    TextRange Range,
    TextRange FigureRange,
    double Value,
    double Low,
    double High,
    string Unit,
    string? Frame,
    bool IsPart,
    int SentenceIndex,
    IReadOnlySet<string> Nearby,
    IReadOnlySet<string> Places);
