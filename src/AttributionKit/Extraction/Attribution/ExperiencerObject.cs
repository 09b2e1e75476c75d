namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verb of feeling with the one who feels it as its object ("The remark angered some pilots", "That rattled Holt, but
/// …", "What worries the skippers is …"): the annotated corpora take the object, who holds the feeling, as the source and
/// the subject, what caused it, as the content. The verb rules read the subject as the source and the object as the
/// content; this turns them round. Not for a clause after the verb ("Holt worried that the pier would close", "Holt
/// worries the pier will close"), where the subject feels it.
/// </summary>
internal static class ExperiencerObject
{
    internal static void Apply(string text, List<WordToken> words, List<CueCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var candidate = found[i];
            if (candidate.IsSourceless || candidate.Content is not { } content || content.Start < candidate.Cue.End || candidate.Source.End > candidate.Cue.Start)
            {
                continue;
            }

            var verb = WordIndex.FirstAtOrAfter(words, candidate.Cue.End) - 1;
            if (verb < 0 || words[verb].End != candidate.Cue.End || verb + 1 >= words.Count
                || !AttributionLexicon.ExperiencerObjectVerbs.Contains(words[verb].Lower) || words[verb + 1].Start != content.Start)
            {
                continue;
            }

            // "should be worried about", "was rattled": a form of "be" makes the subject the one who feels it.
            if (words.Exists(w => w.Start >= candidate.Cue.Start && w.End <= candidate.Cue.End && AttributionLexicon.FormsOfBe.Contains(w.Lower)))
            {
                continue;
            }

            // The subject stands right before the cue: only auxiliaries or adverbs (the cue's own words) between.
            if (!CueFinder.IsSpaceOnly(text, candidate.Source.End, candidate.Cue.Start) || ExperiencerOf(text, words, verb + 1, IsFreeRelative(text, candidate.Source)) is not { } experiencer)
            {
                continue;
            }

            found[i] = candidate with { Source = experiencer, Content = candidate.Source, AttributesQuotes = false };
        }
    }

    // "What worries the skippers is that …": a free relative as subject is followed by the copula, not by a clause the verb
    // reports.
    private static bool IsFreeRelative(string text, TextRange subject) =>
        text.AsSpan(subject.Start, subject.Length) is "What" or "what";

    // The object at word first, when it closes its clause: the words up to punctuation, the passage's end or a word that
    // opens another clause ("angered some pilots on the left, who …", "rattled Holt, but …", "frustrates many analysts
    // because …"), at most eight. An auxiliary or a past form after the noun phrase makes it the subject of a clause the
    // verb reports ("worries the pier will close"); "with" names what the subject did to cause it ("angered the pilots
    // with his remarks"), which the corpora do not mark this way.
    private static TextRange? ExperiencerOf(string text, List<WordToken> words, int first, bool beforeCopula)
    {
        // "worries she will lose": a subject pronoun opens a clause; "rattled off the names": a particle makes another verb.
        if (words[first].InQuote || words[first].Lower is "that" or "about" or "by" or "over" or "whether" or "if" or "to" or "it" or "with" or "of" or "off" or "up" or "out"
            || AttributionLexicon.SubjectPronouns.Contains(words[first].Text.Split('\'', '’')[0]))
        {
            return null;
        }

        for (var k = first; k < words.Count && k - first < 8; k++)
        {
            var w = words[k];
            if (w.InQuote || w.Lower is "with" || (k > first && CueFinder.IsPastTense(w))
                || (w.Lower is "is" or "was" or "are" or "were" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must"
                    or "has" or "have" or "had" or "does" or "did" && !(beforeCopula && k > first && w.Lower is "is" or "was")))
            {
                return null;
            }

            if (k > first && (w.Lower is "because" or "but" or "as" or "when" or "while" or "since" or "who" or "which" or "is" or "was"))
            {
                return new TextRange(words[first].Start, words[k - 1].End);
            }

            var gapEnd = k + 1 < words.Count ? words[k + 1].Start : text.Length;
            var gap = text.AsSpan(w.End, gapEnd - w.End).Trim();
            // An opening quote mark after the phrase starts what a clause says ("worries he’s “too nice”").
            if (k + 1 < words.Count && words[k + 1].InQuote)
            {
                return null;
            }

            if (k + 1 >= words.Count || (!gap.IsEmpty && gap[0] is not ('\'' or '’') && !(gap is "-")))
            {
                return new TextRange(words[first].Start, w.End);
            }
        }

        return null;
    }
}
