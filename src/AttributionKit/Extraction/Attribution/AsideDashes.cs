namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The dashes that set an aside off between words ("the lease - which Holt once backed - and …", "Vale — a pilot of
/// thirty years — said"): em dash, en dash and a hyphen. Searched for in the gap between two words only, where a word's
/// own hyphen never stands.
/// </summary>
internal static class AsideDashes
{
    /// <summary>The dash characters, for <c>IndexOfAny</c> on the text between two words.</summary>
    public static System.Buffers.SearchValues<char> Marks { get; } = System.Buffers.SearchValues.Create("—–-");
}
