namespace AttributionKit.Extraction.Attribution;

/// <summary>What kind of speaker a mention names.</summary>
internal enum SpeakerType
{
    /// <summary>A named person (<c>Dmitry Peskov</c>, <c>Peskov</c>).</summary>
    Person,

    /// <summary>A pronoun to resolve (<c>he</c>, <c>she</c>).</summary>
    Pronoun,

    /// <summary>An organisation, a group or an unnamed source (<c>the Kremlin</c>, <c>officials</c>, <c>a source</c>).</summary>
    Group,
}
