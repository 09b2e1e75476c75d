namespace AttributionKit.Extraction.Claims;

/// <summary>Who a sentence is credited to, and how the text says so.</summary>
/// <param name="Name">The source's name as the text gives it (<c>Ukrinform</c>, <c>Peskov</c>, <c>analysts</c>).</param>
/// <param name="How">What tied it to the sentence: a cue phrase, <c>quote</c>, <c>citation line</c>, <c>attribution</c>.</param>
/// <param name="IsVague">Whether the source is unnamed ("analysts", "a source").</param>
internal sealed record ClaimSource(string Name, string How, bool IsVague = false);
