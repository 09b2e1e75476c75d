namespace AttributionKit.Extraction.Outlets;

/// <summary>One place where the article cites an outlet.</summary>
/// <param name="Range">The outlet's name (or the link's anchor) in the main text.</param>
/// <param name="Entry">The outlet; <see cref="OutletEntry.IsKnown"/> is false for a name read from a citation pattern alone.</param>
/// <param name="How">What made it a citation: the cue phrase, <c>(…)</c>, a citation noun or <c>link</c>.</param>
internal readonly record struct CitingMention(TextRange Range, OutletEntry Entry, string How);
