namespace AttributionKit.Extraction.Attribution;

/// <summary>A speaker mention resolved to the name the article knows the speaker by.</summary>
/// <param name="Name">The canonical name (<c>Dmitry Peskov</c>), or the mention's words for an unnamed or unresolved speaker.</param>
/// <param name="Role">The title or role, if given.</param>
/// <param name="Type">Person, pronoun or group.</param>
internal sealed record ResolvedSpeaker(string Name, string? Role, SpeakerType Type);
