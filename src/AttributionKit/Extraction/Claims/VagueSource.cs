namespace AttributionKit.Extraction.Claims;

/// <summary>An unnamed or anonymous source: "analysts warn", "a government source said", "it is believed".</summary>
/// <param name="Range">The vague phrase, with its reporting verb when it has one.</param>
/// <param name="Head">The words naming the source ("analysts", "a government source"), or the fixed phrase.</param>
internal readonly record struct VagueSource(TextRange Range, string Head);
