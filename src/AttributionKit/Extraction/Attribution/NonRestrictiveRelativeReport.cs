using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A report inside a relative clause set off by commas: "The pier, which Holt said was unsafe, will close." What Holt
/// said ends with the clause; after its closing comma the main clause goes on with its own predicate ("will close"),
/// which nobody in the clause said. PolNeAR marks the content as the clause's words after the cue ("was unsafe"), with
/// the pronoun. The main predicate is told by its opening word: an auxiliary or a past form right after the first comma.
/// </summary>
internal static class NonRestrictiveRelativeReport
{
    /// <summary>
    /// Where <paramref name="content"/>, reported by <paramref name="source"/>, ends when the source opens a relative
    /// clause after a comma and "which" or "who", and a comma later hands the sentence back to its main predicate; null
    /// otherwise.
    /// </summary>
    public static int? ContentEnd(string text, List<WordToken> words, TextRange source, TextRange content)
    {
        var first = WordIndex.FirstAtOrAfter(words, source.Start);
        if (first < 2 || first >= words.Count || words[first - 1].InQuote || words[first - 1].Lower is not ("which" or "who")
            || text.AsSpan(words[first - 2].End, words[first - 1].Start - words[first - 2].End).Trim() is not [','])
        {
            return null;
        }

        var inside = WordTokenizer.Tokenize(text, content.Start, content.End);
        for (var k = 1; k < inside.Count; k++)
        {
            var next = inside[k];
            if (next.InQuote || text.AsSpan(inside[k - 1].End, next.Start - inside[k - 1].End).Trim() is not [','])
            {
                continue;
            }

            // Only the first comma can close the clause: a later one stands inside it ("leaving voters, especially the
            // young, disenfranchised").
            return AttributionLexicon.AuxiliaryVerbs.Contains(next.Lower) || CueFinder.IsPastTense(next) || CueFinder.IsIrregularPast(next) ? inside[k - 1].End : null;
        }

        return null;
    }
}
