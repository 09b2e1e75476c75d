namespace AttributionKit.Extraction.Attribution;

/// <summary>The form of a reporting verb, as far as telling two coordinated cues of one subject apart needs it.</summary>
internal enum VerbForm
{
    /// <summary>No form these rules compare (a base form, a capitalised or quoted word).</summary>
    Other,

    /// <summary>An "-ing" form ("citing", "saying").</summary>
    Participle,

    /// <summary>A past form ("said", "declared", "told").</summary>
    Past,

    /// <summary>A present form of the third person ("says", "calls").</summary>
    PresentThirdPerson,
}
