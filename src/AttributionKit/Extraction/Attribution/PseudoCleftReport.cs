using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A report framed as the subject of "be": "What Holt said was that the pier was safe." The clause "What Holt said"
/// names the saying, and the words after "was" are what was said; the form of "be" links the two and is no part of the
/// content, which starts after it ("that the pier was safe").
/// </summary>
internal static class PseudoCleftReport
{
    /// <summary>
    /// Where the content after the cue ending at word <paramref name="cueLast"/> starts when "What" opens the clause right
    /// before <paramref name="source"/> and a form of "be" follows the cue; null otherwise.
    /// </summary>
    public static int? ContentStart(List<WordToken> words, TextRange source, int cueLast)
    {
        var first = WordIndex.FirstAtOrAfter(words, source.Start);
        if (first < 1 || first >= words.Count || cueLast + 2 >= words.Count || words[first - 1].InQuote || words[first - 1].Lower != "what"
            || !(first - 1 == 0 || words[first - 1].OpensSentence))
        {
            return null;
        }

        var link = words[cueLast + 1];
        return !link.InQuote && link.Lower is "was" or "is" && !words[cueLast + 2].InQuote ? words[cueLast + 2].Start : null;
    }
}
