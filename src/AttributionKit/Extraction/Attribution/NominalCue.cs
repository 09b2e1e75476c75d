namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A noun of saying or stance after a possessor as a cue ("his support for the bill", "Trump’s claim that …", "the
/// council’s refusal to act"): the possessor, or for "his"/"her"/"their" the subject of the verb the possessive follows
/// ("Trump ratcheted up his attacks on …"), as the annotated corpora mark it, is the source of what follows the noun up
/// to the end of its clause. Such cues hold a position, not words, so they never attribute quotes.
/// </summary>
internal static class NominalCue
{
    // "his support for the bill", "Trump’s claim that …", "the council’s refusal to act": a noun of saying or stance
    // after a possessor attributes what follows it to the possessor, up to the end of its clause.
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k + 2 < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote || words[k + 1].InQuote || !AttributionLexicon.NominalCues.TryGetValue(w.Lower, out var next)
                || !next.Contains(words[k + 1].Lower) || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start))
            {
                continue;
            }

            if (PossessorSource(text, words, k - 1) is not { } s)
            {
                continue;
            }

            var inclusive = words[k + 1].Lower is "to" or "that";
            var contentStart = inclusive ? words[k + 1].Start : words[k + 2].Start;
            var cue = new TextRange(w.Start, inclusive ? w.End : words[k + 1].End);
            if (CueFinder.AnyCueOverlaps(found, cue))
            {
                continue;
            }

            var end2 = ContentBoundary.ClauseEnd(text, contentStart, frame.End);
            if (end2 - contentStart >= 2)
            {
                found.Add(new CueCandidate(cue, s, new TextRange(contentStart, end2), false) { AttributesQuotes = false });
            }
        }
    }

    /// <summary>
    /// The source a possessor at index <paramref name="p"/> names for the noun after it: the subject of the verb a
    /// possessive pronoun follows ("Sanders has toned down his criticism of" gives "Sanders"), else the pronoun; a
    /// name or noun phrase in the possessive with its mark ("Trump's", "budget hawks’"); null for anything else.
    /// </summary>
    internal static TextRange? PossessorSource(string text, List<WordToken> words, int p)
    {
        var possessor = words[p];
        var noun = words[p + 1];
        if (possessor.InQuote)
        {
            return null;
        }

        if (CueFinder.IsSpaceOnly(text, possessor.End, noun.Start) && AttributionLexicon.PossessivePronouns.Contains(possessor.Lower))
        {
            // "Sanders has toned down his criticism of", "she escalated her attacks on": the possessive stands for the
            // subject of the verb it follows, which the annotated corpora mark as the source.
            return SubjectOfObjectPossessive(text, words, p) ?? possessor.Range;
        }

        if ((CueFinder.IsSpaceOnly(text, possessor.End, noun.Start) && possessor.IsPossessive) || CueFinder.IsPossessiveMark(text, possessor.End, noun.Start))
        {
            var first = NounPhrase.Start(text, words, p);
            var end = CueFinder.IsPossessiveMark(text, possessor.End, noun.Start) ? possessor.End + 1 : possessor.End;
            if (first >= 0 && (words[first].IsCapitalized || AttributionLexicon.PhraseOpeners.Contains(words[first].Text) || possessor.IsCapitalized))
            {
                // "an expansion of Trump's claims": a lower-case head before "of" is what the sentence talks about,
                // not the possessor.
                var of = words.FindLastIndex(p, p - first + 1, w => w.Lower == "of");
                if (of >= first && !words[first].IsCapitalized && of < p)
                {
                    first = of + 1;
                }

                return new TextRange(words[first].Start, end);
            }
        }

        return null;
    }

    // The subject of the finite verb right before the possessive at index p ("Trump ratcheted up his attacks"), or null
    // when the possessive follows a preposition, an infinitive ("to renew its calls") or no verb.
    private static TextRange? SubjectOfObjectPossessive(string text, List<WordToken> words, int p)
    {
        var v = p - 1;
        while (v >= 0 && !words[v].InQuote && words[v].Lower is "up" or "down" or "upon" or "back" or "on" && v > 0 && CueFinder.IsPastTense(words[v - 1]))
        {
            v--;
        }

        if (v < 1 || words[v].InQuote || words[v].IsCapitalized || !(CueFinder.IsPastTense(words[v]) || CueFinder.IsIrregularPast(words[v]))
            || !CueFinder.IsSpaceOnly(text, words[v].End, words[v + 1].Start) || words[v - 1].Lower == "to")
        {
            return null;
        }

        return SourceBeforeCue.Find(text, words, CueFinder.CueStart(text, words, v));
    }
}
