namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A poll that "has" or "had" a candidate somewhere in the race ("The Harbour Gazette poll has Holt leading by six
/// points", "a survey released Friday had her at 4 percent"): the poll reports the standing, "has" is the cue and the
/// standing is the content. "The poll has a margin of error" holds no one and is not read.
/// </summary>
internal static class PollStanding
{
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k + 2 < words.Count; k++)
        {
            if (words[k].InQuote || words[k].Lower is not ("has" or "had") || words[k + 1].InQuote
                || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start) || !CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start))
            {
                continue;
            }

            // The one placed: a name (its capitalised words) or a personal pronoun, then how it stands: a participle
            // ("leading", "trailing", "pulling even") or a place ("at 4 percent", "ahead", "behind").
            var last = k + 1;
            if (words[last].Lower is "him" or "her" or "them")
            {
                // A pronoun is the whole object.
            }
            else if (words[last].IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(words[last].Text))
            {
                while (last + 1 < words.Count && words[last + 1].IsCapitalized && !words[last + 1].InQuote && CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
                {
                    last++;
                }
            }
            else
            {
                continue;
            }

            if (last + 1 >= words.Count || !CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start) || !IsStanding(words[last + 1]))
            {
                continue;
            }

            // The subject must be a poll: its phrase holds a poll noun ("Wednesday's Harbour Gazette poll", "the average of
            // three polls").
            if (SourceBeforeCue.Find(text, words, k) is not { } source
                || !words.Any(w => w.Start >= source.Start && w.End <= source.End && AttributionLexicon.PollNouns.Contains(w.Text)))
            {
                continue;
            }

            var cue = words[k].Range;
            if (CueFinder.AnyCueOverlaps(found, cue) || ContentBoundary.ContentFrom(text, frame, words[k + 1].Start) is not { } content)
            {
                continue;
            }

            found.Add(new CueCandidate(cue, source, new TextRange(content.Start, ContentBoundary.ClauseEnd(text, content.Start, content.End)), false) { AttributesQuotes = false });
        }
    }

    // "leading", "trailing", "pulling even", "at 4 percent", "ahead", "behind", "up", "down", "tied": how a candidate stands.
    private static bool IsStanding(WordToken word) =>
        word.Lower is "at" or "ahead" or "behind" or "up" or "down" or "tied" or "even" or "winning" or "losing"
        || (word.Lower.Length > 5 && word.Lower.EndsWith("ing", StringComparison.Ordinal));
}
