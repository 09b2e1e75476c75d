using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A phrase "in his view", "in Dana Holt's view" set off by commas ("In their view, the pier can wait", "The only other
/// step, in Professor Vale's view, would be a new lease", "The lease was fair, in Holt's view."): the clause it stands
/// in is that person's view. PolNeAR marks "view" as the cue, the possessor as the source and the clause as the content.
/// Not "my" or "our" (a speaker's own words inside a quote), nor a phrase without commas ("which in his view has grown").
/// </summary>
internal static class PossessedViewpoint
{
    // How many capitalised words a possessor may run ("Harbour Professor Dana Holt's").
    private const int MaxNameWords = 4;

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 2 < words.Count; k++)
        {
            if (words[k].Lower != "in" || words[k].InQuote || PossessorEnd(words, k + 1) is not { } owner || owner + 1 >= words.Count)
            {
                continue;
            }

            var view = words[owner + 1];
            if (view.Lower != "view" || view.InQuote || !CueFinder.IsSpaceOnly(text, words[owner].End, view.Start) || CueFinder.AnyCueOverlaps(found, view.Range))
            {
                continue;
            }

            var opens = k == 0 || words[k].OpensSentence;
            var commaBefore = !opens && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [','];
            var after = text.AsSpan(view.End, (owner + 2 < words.Count ? words[owner + 2].Start : frame.End) - view.End).Trim();
            TextRange? content = null;
            if ((opens || commaBefore) && after is [','] && owner + 2 < words.Count && !words[owner + 2].InQuote)
            {
                // "In their view, …", "The only other step, in Vale's view, would be …": the clause after the comma.
                content = ContentBoundary.ContentFrom(text, frame, words[owner + 2].Start);
            }
            else if (commaBefore && (owner + 2 >= words.Count || words[owner + 2].OpensSentence) && after is "." or "" && !words[k - 1].InQuote)
            {
                // "The lease was fair, in Holt's view.": the clause before the comma.
                content = ContentBoundary.ContentBefore(text, frame, words[k - 1].End);
            }

            if (content is not { } said)
            {
                continue;
            }

            found.Add(new CueCandidate(view.Range, new TextRange(words[k + 1].Start, words[owner].End), said, false) { AttributesQuotes = false });
        }
    }

    // The index of the word that closes a possessor starting at first ("his", "their", "Dana Holt's"), or null.
    private static int? PossessorEnd(List<WordToken> words, int first)
    {
        if (words[first].InQuote)
        {
            return null;
        }

        if (words[first].Lower is "his" or "her" or "their" or "its")
        {
            return first;
        }

        for (var j = first; j < words.Count && j - first < MaxNameWords && words[j].IsCapitalized && !words[j].InQuote; j++)
        {
            if (words[j].IsPossessive)
            {
                return j;
            }
        }

        return null;
    }
}
