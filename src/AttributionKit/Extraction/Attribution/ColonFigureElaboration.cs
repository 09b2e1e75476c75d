namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A colon after a reported clause followed by a figure that spells out what was found: "The survey found that the toll
/// is the mayor's worst problem: 42% of drivers say they would not pay it again." The clause after the colon is the
/// evidence of the finding, not a relation beside it; PolNeAR keeps it in the outer content and annotates no relation
/// of its own for the share of people it counts. So the outer content is not cut at that colon (<see cref="ContentBoundary"/>),
/// and the nested filter then drops the inner relation. A named source after the colon ("…: Nora Vale said …") still
/// reports on its own.
/// </summary>
internal static class ColonFigureElaboration
{
    /// <summary>
    /// Whether the clause of <paramref name="inner"/>, starting at <paramref name="clauseStart"/>, goes on with the content
    /// of <paramref name="outer"/>: the outer cue names a source, and the inner clause opens right after a colon with its
    /// source, which starts with a figure ("42%", "70 percent", "Six in 10 voters").
    /// </summary>
    public static bool GoesOn(string text, CueCandidate outer, CueCandidate inner, int clauseStart)
    {
        if (outer.IsSourceless || inner.IsSourceless || inner.Source.Start != clauseStart)
        {
            return false;
        }

        var before = text.AsSpan(0, clauseStart).TrimEnd();
        if (before.IsEmpty || before[^1] != ':')
        {
            return false;
        }

        var end = clauseStart;
        while (end < inner.Source.End && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var first = new WordToken(clauseStart, end, text[clauseStart..end].TrimEnd('%'), InQuote: false);
        return char.IsAsciiDigit(text[clauseStart]) || NounPhrase.IsNumberWord(first);
    }
}
