namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Whether a word that matches a reporting verb is read as the verb where it stands: not a noun after a determiner or
/// a number ("his support", "a report"), not a plural noun heading a subject ("reports show"), and a form that is also a
/// noun ("plans", "calls") only with a subject before it and an object or a clause after it.
/// </summary>
internal static class CueWordReading
{
    /// <summary>
    /// Whether a reporting-verb form stands as a noun: right after a determiner ("his support", "a report") or after a
    /// superlative that follows one ("the largest attack"). A verb never follows a determiner directly.
    /// </summary>
    internal static bool IsNounUse(string text, List<WordToken> words, int k)
    {
        // "Ann Lee, 70, said": punctuation between the words ends the phrase the determiner or number opened.
        if (k == 0 || words[k - 1].InQuote || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            return false;
        }

        // "the Sept. 11 attacks", "16 states": after a number the word is a noun too.
        // "six in 10 said": forms of say and tell are verbs after a number too; so is any form after the number closing
        // a share of people ("with three in 10 saying …", "one in 10 believes …"), which is a subject, not a count of things.
        var previous = words[k - 1].Lower;
        var sayTell = words[k].Lower is "said" or "say" or "says" or "told"
            || (k >= 3 && words[k - 2].Lower == "in" && !words[k - 2].InQuote && NounPhrase.IsNumberWord(words[k - 3]));
        // "The skippers who met her say the pier is safe": "her" closing a relative clause without commas is the object
        // of the clause's verb, not the possessive of a noun ("Holt wants her say in the matter"). A form in -ing stays
        // the noun ("the video that shows her pleading with officers").
        var objectOfClause = !words[k].Lower.EndsWith("ing", StringComparison.Ordinal) && SourceBeforeCue.IsObjectOfRelativeClause(text, words, k - 1, k - 1);
        return (AttributionLexicon.PhraseOpeners.Contains(previous) && !objectOfClause) || (!sayTell && previous.Length > 0 && previous.All(char.IsAsciiDigit))
            || (previous.Length > 4 && previous.EndsWith("est", StringComparison.Ordinal) && k >= 2 && AttributionLexicon.PhraseOpeners.Contains(words[k - 2].Lower))
            || (!sayTell && IsPluralSubjectHead(text, words, k));
    }

    /// <summary>
    /// Whether the form in -s at <paramref name="k"/> ("reports", "estimates") is the plural noun heading a subject: a
    /// reporting verb right after it ("FEC reports show", "multiple reports reveal", "initial estimates are showing") is
    /// then the cue. Not after a pronoun, a possessive or a relative pronoun ("he reports", "Lee’s claims"), nor before a
    /// noun that is also a cue form, its object ("Pence Announces Plans").
    /// </summary>
    private static bool IsPluralSubjectHead(string text, List<WordToken> words, int k)
    {
        var w = words[k];
        var previous = words[k - 1];
        if (w.IsCapitalized || w.Text.Length < 5 || !w.Lower.EndsWith('s') || w.Lower.EndsWith("ss", StringComparison.Ordinal)
            || AttributionLexicon.Pronouns.Contains(previous.Text) || previous.IsPossessive || previous.Lower is "who" or "that" or "which")
        {
            return false;
        }

        if (k + 1 >= words.Count || words[k + 1].InQuote || words[k + 1].IsCapitalized || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start))
        {
            return false;
        }

        return AttributionLexicon.MatchVerb(words, k + 1) > 0 && !AttributionLexicon.NounHomographs.Contains(words[k + 1].Text);
    }

    /// <summary>
    /// Whether a cue form that is also a noun (<c>support</c>, <c>plans</c>) stands as the noun: unless a subject
    /// can end right before it (a pronoun, a name, a plural, an auxiliary) and an object or a clause follows it
    /// ("they support Clinton", "Trump plans to run"), it is the noun ("grassroots support", "a tax plan").
    /// </summary>
    internal static bool IsHomographNoun(string text, List<WordToken> words, int k, int span)
    {
        var form = string.Join(' ', words.Skip(k).Take(span).Select(w => w.Lower));
        if (!AttributionLexicon.NounHomographs.Contains(form))
        {
            return false;
        }

        if (k + span >= words.Count || (k > 0 && words[k - 1].InQuote))
        {
            return true;
        }

        // "Calls men names, like …": a sentence may open with the verb when its subject was named before.
        if (k == 0)
        {
            var first = words[span];
            return !(CueFinder.IsSpaceOnly(text, words[span - 1].End, first.Start) && !first.InQuote && !AttributionLexicon.ClauseOpeners.Contains(first.Text)
                && AttributionLexicon.MatchVerb(words, span) == 0);
        }

        // "Ann Lee, an aide, calls it …": the comma that closes an appositive ends the subject too.
        var gapBefore = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
        if (!gapBefore.IsEmpty && gapBefore is not ("," or ")" or ")," or ".,"))
        {
            return true;
        }

        var prev = words[k - 1];
        var prevLower = prev.Lower;
        var subjectEnds = !gapBefore.IsEmpty || prevLower is "who" or "that" or "which" or "percent" || CueFinder.IsModifier(prev) || prev.Text.All(char.IsAsciiDigit)
            || (AttributionLexicon.Pronouns.Contains(prev.Text) && prevLower is not ("his" or "her" or "its" or "their" or "our" or "my" or "your"))
            || (prev.IsCapitalized && !prev.IsPossessive && !AttributionLexicon.GroupDeterminers.Contains(prev.Text))
            || (!prev.IsCapitalized && prevLower.Length > 3 && prevLower.EndsWith('s') && !prevLower.EndsWith("ss", StringComparison.Ordinal)
                && !prevLower.EndsWith("us", StringComparison.Ordinal) && !prevLower.EndsWith("is", StringComparison.Ordinal));
        var next = words[k + span];
        // "the government hopes that", "the suit claims that": a singular noun after an article ends the subject when
        // a clause follows a homograph in -s, the form a singular subject takes ("the dogmatic view that" is a noun).
        subjectEnds |= (next.Lower is "that" or "to" || OpensZeroThatClause(words, k + 1)) && span == 1 && words[k].Lower.EndsWith('s') && k >= 2 && words[k - 2].Lower is "the" or "this" && !words[k - 2].InQuote
            && !prev.IsCapitalized && !prev.Text.Contains('-') && !prev.IsPossessive && CueFinder.IsSpaceOnly(text, words[k - 2].End, prev.Start) && AttributionLexicon.MatchVerb(words, k - 1) == 0
            && !CueFinder.IsPastTense(prev) && !CueFinder.IsIrregularPast(prev) && !AttributionLexicon.ClauseOpeners.Contains(prev.Text) && !CueFinder.IsModifier(prev);
        // "The former harbour chief calls it her duty", "Holt's office calls the whole thing a stunt", "The Republican
        // harbour candidate plans to …": a longer phrase opening the sentence with a determiner or a possessive ends the
        // subject too when an object pronoun, an article, "to" or "that" follows a homograph in -s.
        subjectEnds |= span == 1 && words[k].Lower.EndsWith('s') && next.Lower is "it" or "him" or "her" or "them" or "the" or "to" or "that" && !next.InQuote
            && OpensSentenceAsSubject(text, words, k);
        // What follows must open an object or a clause ("support Clinton", "calls women names", "plans to run"), not a
        // preposition or conjunction after a noun ("support among voters", "plan and budget").
        var objectFollows = next.InQuote || next.Lower is "to" or "that" or "whether" or "what" or "how" or "why" or "who"
            || (CueFinder.IsSpaceOnly(text, words[k + span - 1].End, next.Start) && !AttributionLexicon.ClauseOpeners.Contains(next.Text)
                && AttributionLexicon.MatchVerb(words, k + span) == 0 && !CueFinder.IsPastTense(next))
            || OpensGappedClause(text, words, k, span);
        return !(subjectEnds && objectFollows) && !(words[k + span - 1].Lower is "for" or "against" or "on" && subjectEnds);
    }

    // "a move that the mayor hopes will end the dispute", "in what it hopes will become a hub", "Vale, who he claims has
    // been unfair": after a relative word and the subject of its clause, an auxiliary right after the form opens the
    // reported clause whose subject the relative word took away, so the form is that subject's verb. The subject is a
    // pronoun, a name or a noun after an article, never a determiner or possessive right before the form ("that those
    // claims could be", "that her plans will"), where the form is the noun, nor an auxiliary ("what the port can offer is
    // loans": the relative word is the form's object and the auxiliary after it the main clause's verb).
    private static bool OpensGappedClause(string text, List<WordToken> words, int k, int span)
    {
        var next = words[k + span];
        if (!AttributionLexicon.AuxiliaryVerbs.Contains(next.Text) || next.Lower is "be" or "been" or "do" or "does" or "did" || next.InQuote
            || !CueFinder.IsSpaceOnly(text, words[k + span - 1].End, next.Start))
        {
            return false;
        }

        var prev = words[k - 1];
        if (prev.IsPossessive || AttributionLexicon.GroupDeterminers.Contains(prev.Text) || AttributionLexicon.PossessivePronouns.Contains(prev.Text)
            || prev.Lower is "the" or "a" or "an" or "this" or "that" or "these" or "those" || AttributionLexicon.RelativeObjectPronouns.Contains(prev.Text)
            || AttributionLexicon.AuxiliaryVerbs.Contains(prev.Text))
        {
            return false;
        }

        for (var j = k - 2; j >= 0 && j >= k - 4; j--)
        {
            var w = words[j];
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start))
            {
                return false;
            }

            if (w.Lower == "that" || AttributionLexicon.RelativeObjectPronouns.Contains(w.Text))
            {
                return true;
            }
        }

        return false;
    }

    // Whether words before the homograph at k form a noun phrase that opens the sentence: "The" or "This", or a
    // possessive ("Holt's office"), then up to three words that are no verb, no clause opener and no possessive, the
    // last of them a lower-case noun ("The former harbour chief", "The Republican harbour candidate").
    private static bool OpensSentenceAsSubject(string text, List<WordToken> words, int k)
    {
        var prev = words[k - 1];
        if (k < 2 || prev.IsCapitalized || prev.IsPossessive || prev.InQuote || prev.Text.Contains('-') || !CueFinder.IsSpaceOnly(text, prev.End, words[k].Start)
            || CueFinder.IsPastTense(prev) || CueFinder.IsIrregularPast(prev) || CueFinder.IsModifier(prev) || prev.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            var w = words[j];
            if (w.InQuote || (j < k - 1 && !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start)))
            {
                return false;
            }

            var opens = j == 0 || w.OpensSentence;
            if (j < k - 1 && opens && (w.Lower is "the" or "this" || (w.IsPossessive && w.IsCapitalized)))
            {
                return true;
            }

            if (opens || w.IsPossessive || AttributionLexicon.MatchVerb(words, j) > 0 || AttributionLexicon.ClauseOpeners.Contains(w.Text)
                || AttributionLexicon.AuxiliaryVerbs.Contains(w.Text))
            {
                return false;
            }
        }

        return false;
    }

    // "the candidate claims his net worth is …", "the mayor hopes the pier would …", "a move the board hopes will …": a
    // clause without "that" follows when an auxiliary stands right there (the subject of the clause was moved out) or
    // after at most three words that can be its subject; a noun ("the board claims of fraud") has no such clause.
    internal static bool OpensZeroThatClause(List<WordToken> words, int first)
    {
        for (var j = first; j < words.Count && j <= first + 3; j++)
        {
            var w = words[j];
            if (w.InQuote)
            {
                return false;
            }

            if (!w.IsCapitalized && AttributionLexicon.AuxiliaryVerbs.Contains(w.Text) && w.Lower is not ("be" or "been" or "do" or "does" or "did"))
            {
                return true;
            }

            if (!w.IsCapitalized && (AttributionLexicon.ClauseOpeners.Contains(w.Text) || w.Lower is "of" or "in" or "for" or "about" or "on" or "from" or "by" or "with" or "and" or "or" or "to"))
            {
                return false;
            }
        }

        return false;
    }
}
