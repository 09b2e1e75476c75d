namespace AttributionKit.Evaluation.Suites;

/// <summary>A gold Source span of a PolNeAR annotation file: character offsets into the .txt, end exclusive.</summary>
/// <param name="Start">The first character (of the first piece, for a discontinuous span).</param>
/// <param name="End">Past the last character (of the last piece).</param>
/// <param name="Text">The span's text, taken from the .txt by its offsets.</param>
internal sealed record PolnearSourceSpan(int Start, int End, string Text)
{
    /// <summary>Whether a predicted span <c>[start, end)</c> shares a character with this one.</summary>
    public bool Overlaps(int start, int end) => start < End && Start < end;
}
