namespace AttributionKit.Extraction.Attribution;

/// <summary>A speaker mention taken apart: the name, the role around it and what kind of speaker it is.</summary>
/// <param name="Name">The name as written (<c>Dmitry Peskov</c>), the pronoun, or the group's words (<c>a source</c>).</param>
/// <param name="Role">The title or role (<c>Presidential Spokesman</c>), if the mention gives one.</param>
/// <param name="Type">Person, pronoun or group.</param>
/// <param name="NameStart">Where the name starts in the main text.</param>
internal sealed record ParsedSpeaker(string Name, string? Role, SpeakerType Type, int NameStart);
