namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A feeling in the passive ("FBI officials were angered by the deal", "voters were worried by the attacks") is a stance
/// the annotated corpora attribute to the one who feels it, with "by" in the cue and the cause alone as content (PolNeAR,
/// train: "were angered by" → "the deal"). The verb rules take the participle as the cue and what follows it, "by"
/// included, as the content; this moves "by" into the cue. Kept apart because it reshapes cues every rule may give.
/// </summary>
internal static class FeelingCause
{
    internal static void Apply(string text, List<WordToken> words, List<CueCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var candidate = found[i];
            if (candidate.Content is not { } content || content.Start < candidate.Cue.End || candidate.IsSourceless)
            {
                continue;
            }

            // The word that ends the cue stands just before the first word at or after its end (a binary search, not a
            // scan of the passage for every cue).
            var participle = WordIndex.FirstAtOrAfter(words, candidate.Cue.End) - 1;
            if (participle < 0 || words[participle].End != candidate.Cue.End || participle + 2 >= words.Count || !AttributionLexicon.FeelingParticiples.Contains(words[participle].Lower))
            {
                continue;
            }

            var by = words[participle + 1];
            if (by.InQuote || by.Lower != "by" || by.Start != content.Start || words[participle + 2].InQuote)
            {
                continue;
            }

            var cause = new TextRange(words[participle + 2].Start, content.End);
            if (cause.Length >= 2)
            {
                found[i] = candidate with { Cue = new TextRange(candidate.Cue.Start, by.End), Content = cause };
            }
        }
    }
}
