using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A discourse aside set between commas right after a reporting verb ("Holt said, however, that the pier would close",
/// "Vale said, though, the vote was lost"): it links the sentence to the one before and is no part of what was said.
/// </summary>
internal static class DiscourseAsideAfterCue
{
    // "for her part", "in a statement": the longest aside in discourse-asides.txt has three words.
    private const int MaxAsideWords = 3;

    /// <summary>
    /// The start of what was said after an aside of discourse-asides.txt that opens <paramref name="content"/> and ends
    /// at a comma, with more words after it; null when the content opens no such aside.
    /// </summary>
    public static int? ClauseStart(string text, TextRange content)
    {
        var words = WordTokenizer.Tokenize(text, content.Start, Math.Min(content.End, content.Start + 60));
        for (var k = 0; k < MaxAsideWords && k + 1 < words.Count; k++)
        {
            if (words[k].InQuote || CueFinder.HasPunctuation(text, content.Start, words[k].Start))
            {
                return null;
            }

            var gap = text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim();
            if (gap is [','])
            {
                var aside = string.Join(' ', words.Take(k + 1).Select(w => w.Lower));
                return AttributionLexicon.DiscourseAsides.Contains(aside) ? words[k + 1].Start : null;
            }
        }

        return null;
    }
}
