using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "Holt has, however, said …", "a demand which she has, so far, refused to consider": a short aside set off by commas
/// between an auxiliary and the reporting verb interrupts the verb group; the subject stands before the auxiliary, as it
/// would with no aside ("Holt has said").
/// </summary>
internal static class AsideAfterAuxiliary
{
    // The longest aside read between the commas ("so far", "in the end", "at least for now").
    private const int MaxAsideWords = 4;

    /// <summary>The source before the auxiliary that opens an aside closed right before the cue at <paramref name="cueFirst"/>, or null.</summary>
    internal static TextRange? Subject(string text, List<WordToken> words, int cueFirst)
    {
        if (cueFirst < 3 || words[cueFirst - 1].InQuote || text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).Trim() is not [','])
        {
            return null;
        }

        for (var j = cueFirst - 1; j >= 2 && cueFirst - j <= MaxAsideWords; j--)
        {
            if (words[j].InQuote || words[j].IsCapitalized)
            {
                return null;
            }

            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim();
            if (gap.IsEmpty)
            {
                continue;
            }

            var auxiliary = words[j - 1];
            return gap is [','] && !auxiliary.InQuote && !auxiliary.IsCapitalized && AttributionLexicon.AuxiliaryVerbs.Contains(auxiliary.Text)
                && CueFinder.IsSpaceOnly(text, words[j - 2].End, auxiliary.Start)
                ? SourceBeforeCue.Find(text, words, j - 1)
                : null;
        }

        return null;
    }
}
