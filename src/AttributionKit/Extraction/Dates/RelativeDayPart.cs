namespace AttributionKit.Extraction.Dates;

/// <summary>A day named relative to the day of writing: "today", "yesterday", "this morning", "gestern".</summary>
/// <param name="Range">Where it stands in the main text.</param>
/// <param name="Text">As written.</param>
/// <param name="OffsetDays">Its offset from the day of writing (yesterday = -1).</param>
/// <param name="Date">The day it names, when the reference date is known.</param>
internal sealed record RelativeDayPart(TextRange Range, string Text, int OffsetDays, DateOnly? Date) : DatePart(Range, Text);
