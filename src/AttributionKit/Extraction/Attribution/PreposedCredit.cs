namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit set before its sentence, its source after its cue and both before the content ("According to the Gazette,
/// Holt praised the donors, and she asked the board to wait", "In a Gazette poll, 38 percent said yes, while 60 percent
/// said no"): it vouches for every clause of the sentence, so a clause after it that reports on its own neither ends
/// its content (<see cref="ContentBoundary"/>) nor stands beside it (<see cref="NestedAttributionFilter"/>).
/// </summary>
internal static class PreposedCredit
{
    /// <summary>Whether the cue, then its source, stand before the content they credit.</summary>
    public static bool Credits(TextRange cue, TextRange source, TextRange content) =>
        cue.End <= source.Start && source.End <= content.Start;
}
