using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A reporting or stance verb that no other rule placed, in a position that only a verb takes: after "to" in its base
/// form ("declined to endorse Ryan", "went out of his way to praise Obama"), or in the past after an adverb, a comma or
/// "and"/"but" ("the administration, for its part, expressed confidence …", "Clinton paused, then revealed why …").
/// PolNeAR annotates these as attributions; their subject stands too far away, or is too tangled, for the source rules,
/// so the cue is kept with what follows it (to the end of its clause) and no source
/// (<see cref="CueCandidate.IsSourceless"/>). Not a participle before "by" (a passive), nor a verb that ends its clause.
/// </summary>
internal static class OrphanVerbCue
{
    private static readonly FrozenSet<string> Adverbs = Lexicon.Lines("Lexicons/orphan-cue-adverbs.txt").ToFrozenSet(StringComparer.Ordinal);

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k + 1 < words.Count; k++)
        {
            var w = words[k];
            var previous = words[k - 1];
            var next = words[k + 1];
            if (w.InQuote || w.IsCapitalized || previous.InQuote || next.Lower == "by"
                || !CueFinder.IsSpaceOnly(text, w.End, next.Start)
                || AttributionLexicon.MatchVerb(words, k) is not (> 0 and var span) || k + span >= words.Count
                || AttributionLexicon.NounHomographs.Contains(w.Lower) || !FollowsVerbSlot(text, words, k))
            {
                continue;
            }

            var cue = new TextRange(w.Start, words[k + span - 1].End);
            if (CueFinder.IsPlaced(found, cue, w.Range))
            {
                continue;
            }

            var start = words[k + span].Start;
            if (!CueFinder.IsSpaceOnly(text, words[k + span - 1].End, start))
            {
                continue;
            }

            var end = ContentBoundary.ClauseEnd(text, start, frame.End);
            if (end - start >= 3)
            {
                // The subject of the sentence, when it has one before the cue, is whoever took the stance.
                var content = new TextRange(start, end);
                found.Add(SentenceSubject.Of(text, words, k) is { } subject && subject.End <= w.Start
                    ? new CueCandidate(cue, subject, content, false) { AttributesQuotes = false }
                    : new CueCandidate(cue, cue, content, false) { IsSourceless = true, AttributesQuotes = false });
            }

            k += span - 1;
        }
    }

    // Whether the word before the verb at k leaves it no reading but a verb: "to" before a base form; an adverb, a
    // comma or "and"/"but" before a past form.
    private static bool FollowsVerbSlot(string text, List<WordToken> words, int k)
    {
        var w = words[k];
        var previous = words[k - 1];
        var spaced = CueFinder.IsSpaceOnly(text, previous.End, w.Start);
        var past = CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w);
        var form = w.Lower;
        var baseForm = !past && !form.EndsWith("ing", StringComparison.Ordinal) && !(form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal));
        if (spaced && previous.Lower == "to")
        {
            return baseForm;
        }

        if (!past)
        {
            return false;
        }

        if (spaced)
        {
            return previous.Lower is "and" or "but" || Adverbs.Contains(previous.Lower)
                || (previous.Lower.Length > 4 && previous.Lower.EndsWith("ly", StringComparison.Ordinal) && !previous.IsCapitalized);
        }

        // "The board, for its part, expressed …": the comma closes an aside that an earlier comma opened; a comma that
        // opens one ("The pier, named for Lee, reopened") sets off a participle describing the noun before it.
        if (text.AsSpan(previous.End, w.Start - previous.End).Trim() is not [','])
        {
            return false;
        }

        var first = k - 1;
        while (first > 0 && !words[first].OpensSentence && !words[first - 1].InQuote)
        {
            first--;
        }

        return text.AsSpan(words[first].End, previous.End - words[first].End).Contains(',');
    }
}
