using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A reporting participle that opens a sentence ("Noting that the pier is closed, Vale said …", "Responding to the
/// report, Reed wrote …"): its subject is the main clause's, and what it reports runs from the words after it to the
/// comma before that subject. PolNeAR annotates it as a relation of its own, beside the main clause's.
/// </summary>
internal static class OpeningParticiple
{
    // How far the comma before the main clause's subject may stand from the participle.
    private const int MaxClauseWords = 40;

    /// <summary>
    /// The relations of the sentence-opening participles among <paramref name="words"/>, each taking the source of the
    /// main clause that <paramref name="candidates"/> already found after its comma; none where no such clause was found.
    /// </summary>
    public static List<CueCandidate> Find(string text, List<WordToken> words, IReadOnlyList<CueCandidate> candidates)
    {
        var found = new List<CueCandidate>();
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.InQuote || !word.IsCapitalized || !(k == 0 || word.OpensSentence) || !word.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            var span = AttributionLexicon.MatchVerb(words, k);
            if (span == 0 || k + span >= words.Count || candidates.Any(c => c.Cue.Start <= word.Start && word.Start < c.Cue.End))
            {
                continue;
            }

            var cue = new TextRange(word.Start, words[k + span - 1].End);
            var contentStart = words[k + span].Start;

            // The main clause: a cue found later in the sentence whose source follows a comma after the participle.
            var main = candidates.FirstOrDefault(c => !c.IsSourceless && c.Content is not null && c.Source.Start > contentStart
                && c.Cue.Start >= c.Source.End && CommaBefore(text, words, c.Source.Start, k + span) is { } comma
                && WordsBetween(words, contentStart, comma) <= MaxClauseWords);
            if (main is null)
            {
                continue;
            }

            var contentEnd = CommaBefore(text, words, main.Source.Start, k + span)!.Value;
            if (contentEnd <= contentStart)
            {
                continue;
            }

            // The quotes in the clause stay with the main clause's attribution of them.
            found.Add(new CueCandidate(cue, main.Source, new TextRange(contentStart, contentEnd), IsLeadIn: false) { AttributesQuotes = false });
        }

        return found;
    }

    // Where the word before the source ends, when a comma stands between it and the source; the words from the
    // participle on must not end a sentence before it.
    private static int? CommaBefore(string text, List<WordToken> words, int sourceStart, int from)
    {
        for (var j = from + 1; j < words.Count && words[j].Start <= sourceStart; j++)
        {
            if (words[j].OpensSentence)
            {
                return null;
            }

            if (words[j].Start == sourceStart)
            {
                var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
                return gap.Contains(',') ? words[j - 1].End : null;
            }
        }

        return null;
    }

    private static int WordsBetween(List<WordToken> words, int start, int end) =>
        words.Count(w => w.Start >= start && w.End <= end);
}
