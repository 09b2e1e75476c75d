namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "known as", "known for", "known by", "known to": a reputation or a name that people in general hold ("the contests
/// known as Super Tuesday", "Ginsburg is known for her liberal bent", "The group is also known by the acronym ISIS").
/// PolNeAR annotates these as attributions with no source; the content is the phrase after the preposition, to the end of
/// its clause. Not "well-known" or "lesser-known" (an adjective before a noun) nor "has known him for years" (someone's
/// acquaintance, not a reputation). The cue is its own source (<see cref="CueCandidate.IsSourceless"/>).
/// </summary>
internal static class KnownAsCue
{
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 2 < words.Count; k++)
        {
            var w = words[k];
            var preposition = words[k + 1];
            if (w.InQuote || w.Lower != "known" || w.IsCapitalized || preposition.InQuote || preposition.Lower is not ("as" or "for" or "by" or "to")
                || !CueFinder.IsSpaceOnly(text, w.End, preposition.Start)
                || (w.Start > 0 && text[w.Start - 1] is '-' or '–')
                || (k > 0 && words[k - 1].Lower is "has" or "have" or "had" or "having"))
            {
                continue;
            }

            var cue = new TextRange(w.Start, preposition.End);
            if (CueFinder.AnyCueOverlaps(found, cue))
            {
                continue;
            }

            var start = words[k + 2].Start;
            var end = CueFinder.ClauseEnd(text, start, frame.End);
            if (end - start >= 2)
            {
                found.Add(new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true, AttributesQuotes = false });
            }
        }
    }
}
