using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A name or a reputation that people in general hold, from the phrases of <c>reputation-cues.txt</c>: "the contests
/// known as Super Tuesday", "Ginsburg is known for her liberal bent", "Twitter is increasingly seen as a news site", "a
/// memo titled ‘Next Steps’". PolNeAR annotates these as attributions with no source; the content is what follows the
/// phrase, to the end of its clause. Not "well-known" or "lesser-known" (an adjective before a noun), nor "has known him
/// for years" or "has seen as many" (someone's acquaintance or sight, not a reputation). The cue is its own source
/// (<see cref="CueCandidate.IsSourceless"/>).
/// </summary>
internal static class ReputationCue
{
    private static readonly string[][] Phrases = [.. Lexicon.Lines("Lexicons/reputation-cues.txt").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote || w.IsCapitalized || (w.Start > 0 && text[w.Start - 1] is '-' or '–')
                || (k > 0 && words[k - 1].Lower is "has" or "have" or "had" or "having")
                || Match(text, words, k) is not (> 0 and var span) || k + span >= words.Count)
            {
                continue;
            }

            var cue = new TextRange(w.Start, words[k + span - 1].End);
            if (CueFinder.AnyCueOverlaps(found, cue))
            {
                continue;
            }

            var start = words[k + span].Start;
            var end = CueFinder.ClauseEnd(text, start, frame.End);
            if (end - start >= 2)
            {
                found.Add(new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true, AttributesQuotes = false });
            }
        }
    }

    // How many words of a listed phrase start at word k, outside quotes and with only spaces between them; 0 if none.
    private static int Match(string text, List<WordToken> words, int k)
    {
        foreach (var phrase in Phrases)
        {
            if (k + phrase.Length > words.Count || words[k].Lower != phrase[0])
            {
                continue;
            }

            var ok = true;
            for (var i = 1; i < phrase.Length && ok; i++)
            {
                ok = !words[k + i].InQuote && words[k + i].Lower == phrase[i] && CueFinder.IsSpaceOnly(text, words[k + i - 1].End, words[k + i].Start);
            }

            if (ok)
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
