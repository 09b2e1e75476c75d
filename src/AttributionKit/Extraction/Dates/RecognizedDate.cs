namespace AttributionKit.Extraction.Dates;

/// <summary>One match of the date recognizer, located in the main text.</summary>
/// <param name="Range">Where the match stands in the main text.</param>
/// <param name="TypeName">The recognizer's type (<c>datetimeV2.date</c>, <c>datetimeV2.daterange</c>...).</param>
/// <param name="Timex">The TIMEX expression of its first resolution (<c>XXXX-05-19</c>, <c>2024</c>, <c>P30D</c>).</param>
/// <param name="Values">Its resolutions, as the recognizer gives them (resolved against the reference date).</param>
internal sealed record RecognizedDate(TextRange Range, string TypeName, string Timex, IReadOnlyList<IReadOnlyDictionary<string, string>> Values);
