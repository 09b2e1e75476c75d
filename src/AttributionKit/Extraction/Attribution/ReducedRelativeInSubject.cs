namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A participle that modifies the subject's head noun ("wardens supporting the levy", "a report issued by the board")
/// is no cue of its own when the subject's finite reporting verb follows in the same clause ("Wardens supporting the
/// levy have said …", "A report issued in May by the board noted …"): that verb is the cue, and the participle phrase
/// belongs to its source.
/// </summary>
internal static class ReducedRelativeInSubject
{
    // How many words the participle's object or phrase may hold before the subject's verb.
    private const int MaxPhraseWords = 12;

    /// <summary>Whether the cue form at <paramref name="k"/> is such a participle inside its clause's subject.</summary>
    public static bool IsParticipleInSubject(string text, List<WordToken> words, int k, int span)
    {
        // "Lee, backing Holt, said": a participle set off by a comma is a clause of its own, not part of the noun phrase.
        if (span != 1 || k == 0 || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start) || AttributionLexicon.ClauseReportingParticiples.Contains(words[k].Text)
            || !SourceBeforeCue.IsPostModifyingParticiple(words, k))
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && j <= k + MaxPhraseWords; j++)
        {
            var w = words[j];
            // "backing Holt, said", "supporting what …": punctuation, a quote or a clause of its own ends the phrase
            // before any verb of the subject is found.
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, words[j - 1].End, w.Start) || w.Lower is "and" or "or" or "but"
                || AttributionLexicon.RelativeSubjectPronouns.Contains(w.Text) || AttributionLexicon.SubordinatingConjunctions.Contains(w.Text)
                || AttributionLexicon.Pronouns.Contains(w.Text) || w.Lower == "that")
            {
                return false;
            }

            if (AttributionLexicon.MatchVerb(words, j) > 0)
            {
                // "wardens backing Vale have said", "… declined": only a verb in the past or after an auxiliary is surely
                // finite; a form in -s or a bare one may be a noun of the phrase ("backing pier-style protests against").
                return !w.Lower.EndsWith("ing", StringComparison.Ordinal)
                    && (AttributionLexicon.AuxiliaryVerbs.Contains(words[j - 1].Text) || w.Lower is "said" or "told" || CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w));
            }
        }

        return false;
    }
}
