namespace AttributionKit.Extraction.Dates;

/// <summary>A weekday name, with the word that makes it relative if any ("last Thursday", "Monday").</summary>
/// <param name="Range">Where it stands in the main text.</param>
/// <param name="Text">As written.</param>
/// <param name="Day">The weekday.</param>
/// <param name="Modifier">"last", "next", "this" or none.</param>
internal sealed record WeekdayPart(TextRange Range, string Text, DayOfWeek Day, WeekdayModifier Modifier) : DatePart(Range, Text);
