namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A reporting clause closing its sentence ("…, the harbour office said Monday", "…, a police report indicates",
/// "…, according to a harbour survey") reports everything before its comma. A relation that names nobody (a judgement
/// such as "seems" or "is expected to", or a reduced passive such as "a clerk accused of theft") found inside those words
/// must not run on over the credit and swallow it: in "A clerk accused of theft will stay in custody, a judge said" the
/// judge said the whole, and PolNeAR marks that relation only.
/// </summary>
internal static class TrailingCredit
{
    // How many words may follow the credit's cue and source before its clause ends: a phrase of time ("on Tuesday",
    // "Monday night"). More is an object of the verb ("disagrees with her former boss"), and the verb no credit.
    private const int MaxWordsAfter = 3;

    // What ends the credit's clause right after its cue or source ("…, Holt said. The board …", "…, Holt said, and …").
    private static readonly System.Buffers.SearchValues<char> ClauseEnders = System.Buffers.SearchValues.Create(".,;:!?");

    /// <summary>Removes from <paramref name="found"/> the relations without a source whose content runs over a trailing
    /// credit whose own content holds where theirs starts.</summary>
    internal static void DropSwallowed(string text, List<WordToken> words, List<CueCandidate> found)
    {
        var credits = found.Where(c => IsTrailingCredit(text, words, c)).ToList();
        if (credits.Count == 0)
        {
            return;
        }

        found.RemoveAll(c => c.IsSourceless && c.Content is { } swallowing && credits.Exists(credit =>
            credit.Content is { } held && credit.Cue.Start > c.Cue.End && swallowing.End >= credit.Cue.End
            && held.Start <= swallowing.Start && held.Start <= c.Cue.Start && held.End > c.Cue.End
            // "Vale seemed irritated: “Just sign it,” she wrote": after a colon the credit is the quote's alone.
            && text.IndexOf(':', c.Cue.End, credit.Cue.Start - c.Cue.End) < 0));
    }

    // A cue with a source whose content ends at a comma before it, and after which (and after its source) at most a
    // phrase of time stands before the clause ends.
    private static bool IsTrailingCredit(string text, List<WordToken> words, CueCandidate c)
    {
        if (c.IsSourceless || c.IsLeadIn || c.Content is not { } held || held.End > c.Cue.Start || held.End > c.Source.Start)
        {
            return false;
        }

        if (!text.AsSpan(held.End, c.Cue.Start - held.End).TrimStart().StartsWith(",", StringComparison.Ordinal))
        {
            return false;
        }

        var after = WordIndex.FirstAtOrAfter(words, Math.Max(c.Cue.End, c.Source.End));
        var count = 0;
        for (var k = after; k < words.Count; k++)
        {
            if (k > after && CueFinder.HasPunctuation(text, words[k - 1].End, words[k].Start))
            {
                break;
            }

            if (k == after && k > 0 && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseEnders) >= 0)
            {
                break;
            }

            if (++count > MaxWordsAfter)
            {
                return false;
            }
        }

        return true;
    }
}
