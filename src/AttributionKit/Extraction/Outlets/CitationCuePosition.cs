namespace AttributionKit.Extraction.Outlets;

/// <summary>Where a citation cue stands relative to the name it cites.</summary>
internal enum CitationCuePosition
{
    /// <summary>Before the name: "according to Reuters".</summary>
    Before,

    /// <summary>After the name: "Reuters reported".</summary>
    After,

    /// <summary>Before the name, right after a quotation or a comma: "…,” said the White House".</summary>
    Inverted,
}
