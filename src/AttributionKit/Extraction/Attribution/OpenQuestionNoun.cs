using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The noun "questions" before "about" and a word opening an open question ("The vote raised new questions about whether
/// the pier will close", "There are questions about how the levy was spent"): the noun reports a doubt, and the question
/// clause is what is in doubt. Those who raise it are seldom named, and PolNeAR mostly leaves the source empty, so the cue
/// is its own source (<see cref="CueCandidate.IsSourceless"/>); it never attributes quotes.
/// </summary>
internal static class OpenQuestionNoun
{
    private static readonly FrozenSet<string> QuestionOpeners =
        Lexicon.Lines("Lexicons/open-question-words.txt").ToFrozenSet(StringComparer.Ordinal);

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 3 < words.Count; k++)
        {
            if (words[k].Lower != "questions" || words[k + 1].Lower != "about" || !QuestionOpeners.Contains(words[k + 2].Lower)
                || words[k].InQuote || words[k + 1].InQuote || words[k + 2].InQuote
                || !CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start) || !CueFinder.IsSpaceOnly(text, words[k + 1].End, words[k + 2].Start))
            {
                continue;
            }

            var cue = new TextRange(words[k].Start, words[k + 1].End);
            var start = words[k + 2].Start;
            var end = ContentBoundary.ClauseEnd(text, start, frame.End);
            if (CueFinder.AnyCueOverlaps(found, cue) || found.Any(c => c.Content is { } other && other.Overlaps(new TextRange(start, end))
                && other.Start >= cue.Start) || end - start < 2)
            {
                continue;
            }

            found.Add(new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true, AttributesQuotes = false });
        }
    }
}
