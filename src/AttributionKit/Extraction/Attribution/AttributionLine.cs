namespace AttributionKit.Extraction.Attribution;

/// <summary>The attribution line under a pull quote (<c>— Dmitry Peskov, Kremlin Spokesman (TASS)</c>) taken apart.</summary>
/// <param name="Speaker">The words naming the speaker, with their role.</param>
/// <param name="Cue">The dash, when there is one.</param>
/// <param name="Venue">The outlet or platform named (<c>TASS</c>, <c>X</c>), if any.</param>
internal sealed record AttributionLine(TextRange Speaker, TextRange? Cue, string? Venue);
