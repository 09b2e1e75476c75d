namespace AttributionKit.Extraction.Dates;

/// <summary>
/// One checkable piece of a date expression: a relative day, a weekday or a calendar date. The recognizer merges
/// such pieces ("today, May 19, 2025") or drops one ("Yesterday, Oct. 3"); the date rules compare them.
/// </summary>
/// <param name="Range">Where the piece stands in the main text.</param>
/// <param name="Text">The piece as written.</param>
internal abstract record DatePart(TextRange Range, string Text);
