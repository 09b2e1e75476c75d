namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds the reporting cues of one passage (a sentence, or the sentences one quote spans) in the words outside its
/// quotes: <c>X said</c>, <c>said X</c>, <c>X, who …, said</c>, <c>X told Y</c>, <c>insists Burton</c>,
/// <c>according to X</c>, <c>as reported by X</c>, a colon lead-in; each with its source and content. It holds the
/// verbal cues and the order the rules run in; the rules for other cue shapes (<see cref="PassiveCue"/>,
/// <see cref="SourcelessCue"/>, <see cref="NominalCue"/>, <see cref="PollCue"/>, <see cref="ColonCue"/>,
/// <see cref="DashCue"/>, <see cref="UnplacedSay"/>) and the readers of sources (<see cref="SourceBeforeCue"/>,
/// <see cref="SourceAfterCue"/>, <see cref="SentenceSubject"/>, <see cref="LooseSubject"/>, <see cref="NounPhrase"/>)
/// have classes of their own.
/// </summary>
internal static class CueFinder
{
    internal const int MaxSourceWords = 14;

    private const int MaxPreposedSourceWords = 20;

    private static readonly System.Buffers.SearchValues<char> CueGapBreakers = System.Buffers.SearchValues.Create(",;:.—–()\"“”");

    /// <summary>
    /// Whether a reporting-verb form stands as a noun: right after a determiner ("his support", "a report") or after a
    /// superlative that follows one ("the largest attack"). A verb never follows a determiner directly.
    /// </summary>
    private static bool IsNounUse(string text, List<WordToken> words, int k)
    {
        // "Ann Lee, 70, said": punctuation between the words ends the phrase the determiner or number opened.
        if (k == 0 || words[k - 1].InQuote || !IsSpaceOnly(text, words[k - 1].End, words[k].Start))
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

        if (k + 1 >= words.Count || words[k + 1].InQuote || words[k + 1].IsCapitalized || !IsSpaceOnly(text, w.End, words[k + 1].Start))
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
    private static bool IsHomographNoun(string text, List<WordToken> words, int k, int span)
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
            return !(IsSpaceOnly(text, words[span - 1].End, first.Start) && !first.InQuote && !AttributionLexicon.ClauseOpeners.Contains(first.Text)
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
        var subjectEnds = !gapBefore.IsEmpty || prevLower is "who" or "that" or "which" or "percent" || IsModifier(prev) || prev.Text.All(char.IsAsciiDigit)
            || (AttributionLexicon.Pronouns.Contains(prev.Text) && prevLower is not ("his" or "her" or "its" or "their" or "our" or "my" or "your"))
            || (prev.IsCapitalized && !prev.IsPossessive && !AttributionLexicon.GroupDeterminers.Contains(prev.Text))
            || (!prev.IsCapitalized && prevLower.Length > 3 && prevLower.EndsWith('s') && !prevLower.EndsWith("ss", StringComparison.Ordinal)
                && !prevLower.EndsWith("us", StringComparison.Ordinal) && !prevLower.EndsWith("is", StringComparison.Ordinal));
        var next = words[k + span];
        // "the government hopes that", "the suit claims that": a singular noun after an article ends the subject when
        // a clause follows a homograph in -s, the form a singular subject takes ("the dogmatic view that" is a noun).
        subjectEnds |= (next.Lower is "that" or "to" || OpensZeroThatClause(words, k + 1)) && span == 1 && words[k].Lower.EndsWith('s') && k >= 2 && words[k - 2].Lower is "the" or "this" && !words[k - 2].InQuote
            && !prev.IsCapitalized && !prev.Text.Contains('-') && !prev.IsPossessive && IsSpaceOnly(text, words[k - 2].End, prev.Start) && AttributionLexicon.MatchVerb(words, k - 1) == 0
            && !IsPastTense(prev) && !IsIrregularPast(prev) && !AttributionLexicon.ClauseOpeners.Contains(prev.Text) && !IsModifier(prev);
        // "The former harbour chief calls it her duty", "Holt's office calls the whole thing a stunt", "The Republican
        // harbour candidate plans to …": a longer phrase opening the sentence with a determiner or a possessive ends the
        // subject too when an object pronoun, an article, "to" or "that" follows a homograph in -s.
        subjectEnds |= span == 1 && words[k].Lower.EndsWith('s') && next.Lower is "it" or "him" or "her" or "them" or "the" or "to" or "that" && !next.InQuote
            && OpensSentenceAsSubject(text, words, k);
        // What follows must open an object or a clause ("support Clinton", "calls women names", "plans to run"), not a
        // preposition or conjunction after a noun ("support among voters", "plan and budget").
        var objectFollows = next.InQuote || next.Lower is "to" or "that" or "whether" or "what" or "how" or "why" or "who"
            || (IsSpaceOnly(text, words[k + span - 1].End, next.Start) && !AttributionLexicon.ClauseOpeners.Contains(next.Text)
                && AttributionLexicon.MatchVerb(words, k + span) == 0 && !IsPastTense(next))
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
            || !IsSpaceOnly(text, words[k + span - 1].End, next.Start))
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
            if (w.InQuote || !IsSpaceOnly(text, w.End, words[j + 1].Start))
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
        if (k < 2 || prev.IsCapitalized || prev.IsPossessive || prev.InQuote || prev.Text.Contains('-') || !IsSpaceOnly(text, prev.End, words[k].Start)
            || IsPastTense(prev) || IsIrregularPast(prev) || IsModifier(prev) || prev.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            var w = words[j];
            if (w.InQuote || (j < k - 1 && !IsSpaceOnly(text, w.End, words[j + 1].Start)))
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

    /// <summary>The cues of the passage <paramref name="frame"/>, whose words are <paramref name="words"/>.</summary>
    public static List<CueCandidate> Find(string text, TextRange frame, List<WordToken> words)
    {
        var original = words;
        words = LowerTitleCase(words);
        var headline = !ReferenceEquals(words, original);
        var found = new List<CueCandidate>();
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote)
            {
                continue;
            }

            if (w.Lower == "according" && k + 1 < words.Count && words[k + 1].Lower == "to" && !words[k + 1].InQuote)
            {
                if (Preposed(text, frame, words, k, k + 2) is { } c)
                {
                    found.Add(c);
                }

                continue;
            }

            // "In her words, the pier is safe": the possessor's words, as after "according to".
            if (k == 0 && WordsOfLeadIn.BeforeClause(text, frame, words, k) is { } inWords)
            {
                found.Add(inWords);
                continue;
            }

            if (w.Lower == "as" && k + 2 < words.Count && words[k + 2].Lower == "by" && !words[k + 1].InQuote
                && words[k + 1].Lower is "reported" or "noted" or "stated" or "announced" or "said" or "confirmed" or "told" or "quoted")
            {
                if (Preposed(text, frame, words, k, k + 3) is { } c)
                {
                    found.Add(c);
                }

                k += 2;
                continue;
            }

            if (w.IsCapitalized && k > 0)
            {
                continue;
            }

            var span = AttributionLexicon.MatchVerb(words, k);
            // "walked them through a slide show that predicted …", "the help of states that may not want to chip in": a
            // programme's "show" and the noun "states" before a relative clause are read as nouns before any rule takes
            // them for a cue, so that the clause after them is read for its own cue.
            if (span == 0 || IsNounUse(text, words, k) || NonSpeechReading.IsProgramme(text, words, k) || ReducedRelativeInSubject.IsParticipleInSubject(text, words, k, span)
                || StateNounBeforeRelative.Applies(text, words, k + span - 1) || PassiveCue.IsParticipleOnThing(text, words, k, span))
            {
                continue;
            }

            // "proposes a new lease and plans to …": after "and" that joins it to the cue before, a form that is also a
            // noun is that cue's second verb.
            var joined = CoordinatedCue.Before(text, words, k, span, found);
            if (joined is null && IsHomographNoun(text, words, k, span))
            {
                continue;
            }

            // "went on to say that …", "said nothing about the pier": words after the verb that are part of the cue.
            span = CueExtension.Span(text, words, k, span);
            if (PassiveCue.Find(text, frame, words, k, span) is { } passive)
            {
                found.Add(passive);
                k += span;
                continue;
            }

            var stance = AttributionLexicon.StanceVerbs.Contains(string.Join(' ', words.Skip(k).Take(span).Select(t => t.Lower)));
            var v = Verbal(text, frame, words, k, span, LastSourceBefore(found, w.Start));
            if (v is not null && joined is not null && (v.Source.End <= joined.Source.Start || CoordinatedCue.InPhraseAfterConjunction(text, joined, v.Source, w.Start))
                && !CoordinatedCue.IsReported(joined, found))
            {
                // "The vote was close when Nora Vale called it “a farce” and promised …": the subject the rules read
                // before "and" may stand before the joined cue's own subject, whose clause the second verb goes on with.
                // Nor is a noun of the phrase of time after "but" the subject ("but in a later interview said …").
                // Not when the joined cue stands in what another cue reports ("Lee complained Reed had attacked him and
                // questioned …": Lee questioned).
                v = Verbal(text, frame, words, k, span, null, joined.Source) ?? v;
            }

            if (v is not null)
            {
                found.Add(stance ? v with { AttributesQuotes = false } : v);
            }
            else if (LooseSubject.Of(text, words, k, found) is { } loose && Verbal(text, frame, words, k, span, null, loose) is { } fallback)
            {
                // A subject the rules for speakers do not take ("This group recognizes …"): the cue still attributes
                // what follows it, but names no speaker of quotes unless it borrows an earlier cue's speaker
                // ("Clinton supports A, opposes B").
                var borrowsSpeaker = found.Any(c => !c.IsSourceless && c.AttributesQuotes && c.Source == loose);
                found.Add(fallback with { AttributesQuotes = borrowsSpeaker && !stance });
            }
            else if (joined is not null && Verbal(text, frame, words, k, span, null, joined.Source) is { } again)
            {
                // "called him “weak” and said …": the subject the rules could not read past the quote is the first cue's.
                found.Add(again with { AttributesQuotes = joined.AttributesQuotes && !stance });
            }

            k += span - 1;
        }

        SourcelessCue.Add(text, frame, words, found);
        OpeningToViewpoint.Add(text, frame, words, found);
        PossessedViewpoint.Add(text, frame, words, found);
        ReputationCue.Add(text, frame, words, found);
        NominalCue.Add(text, frame, words, found);
        OpenQuestionNoun.Add(text, frame, words, found);
        SpeechNounClause.Add(text, frame, words, found);
        PollCue.Add(text, frame, words, found);
        PollStanding.Add(text, frame, words, found);
        ColonCue.Add(text, frame, words, found);
        DashCue.Add(text, frame, words, found);
        AddReportedly(text, frame, words, found);
        UnplacedSay.Add(text, frame, words, found);
        if (!headline)
        {
            OrphanVerbCue.Add(text, frame, words, found);
        }

        InfinitiveSubject.Apply(text, words, found);
        FeelingCause.Apply(text, words, found);
        ExperiencerObject.Apply(text, words, found);
        EndAtNextClause(text, found);
        CoordinatedPredicate.Apply(text, words, found);
        EndAtSentence(text, words, found);
        PassiveAgentContent.Apply(text, words, found);

        // "showed up in Portland", "his strong showing in Iowa", "maintained his lead", "a firm called Gavekal": whichever
        // rule took such a word for a cue, it reports nothing.
        NonSpeechReading.Remove(text, words, found);
        TrailingCredit.DropSwallowed(text, words, found);

        // "a message posted Friday, Cruz said …": a day or time alone is when something happened, never what was said,
        // whichever rule took it for content.
        found.RemoveAll(c => c.Content is { } content && IsTimePhrase(text, content));
        if (headline)
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { AttributesQuotes = false };
            }
        }

        return found;
    }

    // "Lee said it was “rigged.” Reeve went on to rebut …": a passage merged around a quote may hold a later sentence;
    // what a cue reports after it ends with the cue's own sentence.
    private static void EndAtSentence(string text, List<WordToken> words, List<CueCandidate> found)
    {
        // Most passages are one sentence; the others hold a few starts, looked up instead of every word per cue.
        var starts = words.Where(w => w.OpensSentence).Select(w => w.Start).ToList();
        if (starts.Count == 0)
        {
            return;
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Content is not { } content)
            {
                continue;
            }

            var cue = found[i].Cue;
            if (content.Start < cue.Start && content.End > cue.End)
            {
                // "Lee said, “A.” He added, “B.”": content around a cue that reaches back past its own sentence keeps
                // only what follows the cue.
                if (!starts.Exists(at => at > content.Start && at <= cue.Start))
                {
                    continue;
                }

                var start = cue.End;
                while (start < content.End && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':'))
                {
                    start++;
                }

                if (start < content.End)
                {
                    content = new TextRange(start, content.End);
                    found[i] = found[i] with { Content = content };
                }
            }

            if (content.Start < cue.End)
            {
                continue;
            }

            var next = starts.FindIndex(at => at > content.Start && at < content.End);
            if (next < 0)
            {
                continue;
            }

            var end = starts[next];
            while (end > content.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > content.Start && text[end - 1] is '.' or '!' or '?' or ';')
            {
                end--;
            }

            if (end > content.Start)
            {
                found[i] = found[i] with { Content = new TextRange(content.Start, end) };
            }
        }
    }

    // "According to the Gazette, Holt praised the donors, and she asked …": the clauses after a credit set before its
    // sentence are no attributions of their own that end its content.
    private static bool IsPreposedCredit(CueCandidate candidate, TextRange content) =>
        !candidate.IsSourceless && !candidate.IsLeadIn && PreposedCredit.Credits(candidate.Cue, candidate.Source, content);

    // How far into a content the next attribution's cue is looked for: a clause of reported speech is far shorter.
    private const int NextClauseReach = 2_000;

    /// <summary>
    /// A content that runs on after its cue stops where the next attribution's clause begins after a clause boundary
    /// ("Lee thanked the crowd and said …", "X said A, adding that B", "X wants A, but Y says B"), so each attribution
    /// keeps its own words. A reporting clause inside the content ("X said Y wants Z") has no boundary and stays in.
    /// </summary>
    private static void EndAtNextClause(string text, List<CueCandidate> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        // The candidates in the order of their cues, so each content looks only at the cues after its own and within
        // reach: comparing every pair made a run-on sentence of thousands of cues quadratic.
        var byCue = found.OrderBy(d => d.Cue.Start).ToList();
        var cueStarts = byCue.Select(d => d.Cue.Start).ToArray();
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Content is not { } content || content.Start < c.Cue.End || StartsWithQuote(text, content) || IsPreposedCredit(c, content))
            {
                continue;
            }

            var cut = int.MaxValue;
            var first = Array.BinarySearch(cueStarts, c.Cue.End + 1);
            first = first < 0 ? ~first : first;
            while (first > 0 && cueStarts[first - 1] > c.Cue.End)
            {
                first--;
            }

            for (var j = first; j < byCue.Count && cueStarts[j] < content.Start + NextClauseReach; j++)
            {
                var d = byCue[j];
                if (ReferenceEquals(d, c) || d.Cue.Start <= c.Cue.End)
                {
                    continue;
                }

                // A source borrowed from before ("Lee thanked them and said …") leaves the clause starting at its cue.
                var clauseStart = d.IsSourceless ? Math.Min(d.Cue.Start, d.Content?.Start ?? d.Cue.Start)
                    : d.Source.Start < c.Cue.End ? d.Cue.Start : Math.Min(d.Source.Start, d.Cue.Start);
                if (clauseStart <= content.Start + 1 || clauseStart >= content.End || clauseStart >= cut)
                {
                    continue;
                }

                if (!d.IsSourceless && d.Source.Start > c.Cue.End && text.AsSpan(d.Source.Start, d.Source.Length) is "who" or "which" or "that")
                {
                    continue;
                }

                // "said she was tired of the delays and wanted a new ferry": the wish goes on with the reported clause.
                // "said they still have time to step up and show …": a bare verb goes on with the reported clause's infinitive.
                // "The survey found that the toll is the worst problem: 42% of drivers say …": a figure after a colon spells out
                // the finding and goes on with it.
                if (ReportedClauseAttitude.GoesOn(text, c.Cue, d.Cue) || ReportedClauseBaseVerb.GoesOn(text, c, d, found)
                    || ColonFigureElaboration.GoesOn(text, c, d, clauseStart))
                {
                    continue;
                }

                if (BoundaryBefore(text, content.Start, clauseStart) is { } end)
                {
                    cut = end;
                }
            }

            // "Lee has said that while he fears …, “…”": a clause opened right after the complementizer is a subordinate
            // clause of what was said, not a clause joined to it; cutting there would leave the bare "that".
            if (cut != int.MaxValue && cut - content.Start >= 4 && text.AsSpan(content.Start, cut - content.Start).Trim() is var kept
                && !IsComplementizer(kept) && !IsOpeningPhraseOfClause(kept) && !ReportedClauseOpening.EndsWithOpening(kept, text.AsSpan(cut, content.End - cut))
                && !IsSpokenFiller(kept))
            {
                found[i] = c with { Content = new TextRange(content.Start, cut) };
            }
        }
    }

    // Whether a subordinating conjunction ("when", "while", "although"; not "as", whose comment clauses AsClauseCue reads)
    // stands right before the source.
    private static bool OpensSubordinateClause(List<WordToken> words, TextRange source)
    {
        var k = WordIndex.FirstAtOrAfter(words, source.Start) - 1;
        return k >= 0 && !words[k].InQuote && words[k].Lower is not ("as" or "despite" or "even" or "once")
            && AttributionLexicon.SubordinatingConjunctions.Contains(words[k].Text);
    }

    // How many words an aside set off by commas between a subject and its verb may hold ("like their counterparts").
    private const int MaxAsideWords = 8;

    // Whether the words from offset start up to the cue at word cueFirst are one aside set off by commas: ", like their
    // counterparts,", ", in particular,", with no verb of their own.
    private static bool IsAsideBetween(string text, List<WordToken> words, int start, int cueFirst)
    {
        var between = text.AsSpan(start, words[cueFirst].Start - start).Trim();
        if (between.Length < 3 || between[0] != ',' || between[^1] != ',' || between[1..^1].Contains(','))
        {
            return false;
        }

        var first = WordIndex.FirstAtOrAfter(words, start);
        return cueFirst - first is >= 1 and <= MaxAsideWords
            && Enumerable.Range(first, cueFirst - first).All(k => !words[k].InQuote && AttributionLexicon.MatchVerb(words, k) == 0);
    }

    // How many words a phrase opening the reported clause after its complementizer may hold ("that in private").
    private const int MaxOpeningPhraseWords = 3;

    // "told reporters that in private, Vale has shown …", "said that for one, there was …", "said, if elected, she
    // would …": a short phrase after the complementizer, opened by a preposition ("in private", "for one", "after
    // taxes"), or a bare participle after "if", "when" or "once" ("if elected"), opens the reported clause and is set
    // off by its comma; the clause after the comma is still what was said.
    private static bool IsOpeningPhraseOfClause(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Length > MaxOpeningPhraseWords + 1 || parts.Any(p => !p.All(ch => char.IsLetter(ch) || ch == '-')))
        {
            return false;
        }

        var opener = parts[0].ToLowerInvariant();
        if (opener is "that" or "whether")
        {
            return AttributionLexicon.SubjectPrepositions.Contains(parts[1]) && parts[1] is not ("and" or "to" or "like" or "of");
        }

        return opener is "if" or "when" or "once" && parts.Length == 2 && parts[1].EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // "HOLT: Well, I think the pier is safe", "VALE: Honestly, I mean, I just believe …": a turn that opens with a filler
    // (spoken-fillers.txt) says nothing before its comma; the reporting clause after it is part of what was said, not a
    // clause beside it. "and", "but", "so" and "I mean" join a filler ("And obviously, …") but are none on their own.
    private static bool IsSpokenFiller(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(AttributionLexicon.SpokenFillers.Contains)
            && parts.All(p => AttributionLexicon.SpokenFillers.Contains(p) || p.ToLowerInvariant() is "and" or "but" or "so" or "i" or "mean");
    }

    private static bool IsComplementizer(ReadOnlySpan<char> words) =>
        words is "that" or "whether" or "if" or "how" or "why";

    // Where the words before offset at end a clause: before a comma, semicolon or dash, or before a conjunction
    // ("and", "but", "while") that joins the next clause; null when the next clause runs straight on.
    private static int? BoundaryBefore(string text, int start, int at)
    {
        var e = at;
        while (e > start && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        var wordStart = e;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var connector = text.AsSpan(wordStart, e - wordStart);
        var joined = connector is "and" or "but" or "while" or "whereas" or "although" or "though" or "because" or "as" or "yet" or "so";
        if (joined)
        {
            e = wordStart;
            while (e > start && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
        }

        if (e <= start)
        {
            return null;
        }

        var mark = text[e - 1];
        if (mark is ',' or ';' or '—' or '–' or ':')
        {
            e--;
            while (e > start && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            return e;
        }

        // "Holt said the survey is wrong because it only counts the piers", "… just so their crews can rest": a clause of
        // reason or purpose joined without a comma belongs to what was said, even when it holds a cue of its own. So does
        // an example after "such as" ("said only skippers such as Holt want it"), which opens no clause.
        var opensExample = connector is "as" && e > start && text.AsSpan(start, e - start).TrimEnd().EndsWith(" such", StringComparison.OrdinalIgnoreCase);
        return joined && connector is not ("because" or "so") && !opensExample && !PairedPhrase.Joins(text.AsSpan(start, e - start), connector) ? e : null;
    }

    /// <summary>
    /// A headline in title case ("Trump Says He Will Win", "Kasich Just Revealed The Plan") capitalises its verbs and
    /// grammar words too: those words are read in lower case, so the cue and its subject are found as in a sentence.
    /// Names stay capitalised. Other passages are returned as they are.
    /// </summary>
    private static List<WordToken> LowerTitleCase(List<WordToken> words)
    {
        var letters = 0;
        var capitalized = 0;
        foreach (var w in words)
        {
            if (!w.InQuote && w.Text.Length >= 4 && char.IsLetter(w.Text[0]))
            {
                letters++;
                capitalized += w.IsCapitalized ? 1 : 0;
            }
        }

        if (letters < 4 || capitalized * 5 < letters * 4)
        {
            return words;
        }

        List<WordToken>? lowered = null;
        for (var k = 1; k < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote || !w.IsCapitalized || w.Text.Length < 2 || !char.IsLower(w.Text[1]) || !IsGrammarOrCueWord(words, k))
            {
                continue;
            }

            lowered ??= [.. words];
            lowered[k] = w with { Text = w.Lower };

            // "Call Scheduled for 10AM": a participle after the word, itself followed by a preposition, makes that word
            // a noun ("the call scheduled for 10AM"), as it reads once the participle is lowered too.
            if (k + 2 < words.Count && words[k + 1] is { InQuote: false, IsCapitalized: true } participle
                && IsPastTense(participle with { Text = participle.Lower }) && AttributionLexicon.SubjectPrepositions.Contains(words[k + 2].Text))
            {
                lowered[k + 1] = participle with { Text = participle.Lower };
            }
        }

        return lowered ?? words;
    }

    // A reporting verb, an auxiliary or adverb that may join it, or a word that opens a clause or a phrase.
    private static bool IsGrammarOrCueWord(List<WordToken> words, int k)
    {
        var text = words[k].Text;
        return AttributionLexicon.MatchVerb(words, k) > 0 || AttributionLexicon.CueModifiers.Contains(text)
            || AttributionLexicon.ClauseOpeners.Contains(text) || AttributionLexicon.PhraseOpeners.Contains(text) || AttributionLexicon.Pronouns.Contains(text)
            || text.Equals("now", StringComparison.OrdinalIgnoreCase) || text.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    // The end of the clause that starts at start: the next comma, semicolon or dash outside quotes, or the passage's end.
    internal static int ClauseEnd(string text, int start, int end)
    {
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“' or '”' or '"')
            {
                quoted = c == '“' || (c == '"' && !quoted);
                continue;
            }

            if (!quoted && (c is ';' or '—' or '–' || (c == ',' && i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
            {
                return TrimEnd(text, start, i);
            }
        }

        return TrimEnd(text, start, end);
    }

    // Cues that name nobody: "Asked whether …, she said", "Asked by X about …" (X asked), "he appears uneasy",
    // "the bill is expected to pass" (what is expected is the content; who expects it is not said).
    // "The agency has reportedly opened an inquiry.": "reportedly" attributes its sentence to unnamed reports, when no
    // other cue of the passage does.
    private static void AddReportedly(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        if (found.Count > 0)
        {
            return;
        }

        var k = words.FindIndex(w => !w.InQuote && w.Lower == "reportedly");
        if (k <= 0 || words.Any(w => w.InQuote))
        {
            return;
        }

        var start = words[0].Start;
        var end = TrimEnd(text, start, frame.End);
        if (end - start < 12)
        {
            return;
        }

        var cue = words[k].Range;
        found.Add(new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true });
    }

    private static bool StartsWithPreposition(string text, TextRange content)
    {
        var end = content.Start;
        while (end < content.End && char.IsLetter(text[end]))
        {
            end++;
        }

        var first = text[content.Start..end];
        if (first is "last" or "this")
        {
            // "said this week", "said last month": a time phrase; "said this was the only chance": the content.
            var next = WordTokenizer.Tokenize(text, end, Math.Min(content.End, end + 20));
            return next.Count > 0 && AttributionLexicon.CueTimeWords.Contains(next[0].Text);
        }

        // "said Monday that …", "said yesterday that …": a day dates the saying; what was said follows "that". Only
        // then: in "a message posted Friday, Cruz said …" the day ends a phrase, and no cue's content follows it.
        if (AttributionLexicon.DayWords.Contains(first))
        {
            var next = WordTokenizer.Tokenize(text, end, Math.Min(content.End, end + 30));
            var k = next.Count > 0 && AttributionLexicon.IsPartOfDay(next[0].Lower) ? 1 : 0;
            return next.Count > k && next[k].Lower == "that";
        }

        // "reported at least six planes filled the skies": "at least" and "at most" count, they open no phrase of place.
        if (first is "at" && text.AsSpan(end, content.End - end).TrimStart() is var rest && (rest.StartsWith("least ", StringComparison.Ordinal) || rest.StartsWith("most ", StringComparison.Ordinal)))
        {
            return false;
        }

        return first is "in" or "at" or "on" or "during" or "after" or "before" or "while" or "when"
            or "to" or "from" or "of" or "as" or "without" or "with" or "via" or "through" or "on" or "earlier" or "later";
    }

    // Skips "in a statement" up to "that", a colon or a quote; nothing is content when the sentence just ends.
    private static TextRange? ContentAfterAdverbial(string text, TextRange frame, List<WordToken> words, TextRange content)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Start < content.Start)
            {
                continue;
            }

            if (words[k].InQuote)
            {
                return ContentFrom(text, frame, k > 0 ? words[k - 1].End : content.Start);
            }

            if (words[k].Lower == "that")
            {
                return ContentFrom(text, frame, words[k].Start);
            }

            var gapEnd = k + 1 < words.Count ? words[k + 1].Start : frame.End;
            var gap = text.AsSpan(words[k].End, gapEnd - words[k].End);
            if (gap.Contains(':') || gap.Contains(','))
            {
                return k + 1 < words.Count ? ContentFrom(text, frame, words[k].End) : null;
            }

            if (words[k].Start - content.Start > 60)
            {
                break;
            }
        }

        return null;
    }

    // "began", "sent", "took": common past forms without -ed, which end a subject as a verb.
    internal static bool IsIrregularPast(WordToken word) => AttributionLexicon.IrregularPastVerbs.Contains(word.Lower);

    // "self-described", "so-called": a hyphenated compound is an adjective, not a verb.
    internal static bool IsPastTense(WordToken word) =>
        !word.IsCapitalized && word.Text.Length > 4 && word.Lower.EndsWith("ed", StringComparison.Ordinal) && !word.Text.Contains('-', StringComparison.Ordinal);

    // "declined to comment", "vowed to fight": "to" and a verb are what the cue attributes, not a phrase about it
    // ("said to reporters"). A verb after "to" is lower case and no determiner or pronoun.
    private static bool StartsWithInfinitive(string text, TextRange content)
    {
        var words = WordTokenizer.Tokenize(text, content.Start, Math.Min(content.End, content.Start + 40));
        return words.Count >= 2 && words[0].Text == "to" && char.IsLower(words[1].Text[0])
            && !AttributionLexicon.PhraseOpeners.Contains(words[1].Text) && !AttributionLexicon.Pronouns.Contains(words[1].Text)
            && !AttributionLexicon.GroupDeterminers.Contains(words[1].Text) && words[1].Lower is not ("reporters" or "journalists" or "voters" or "supporters" or "me" or "us" or "them" or "him" or "what" or "which");
    }

    // "“…,”" / "''…,''": the content ends on closing marks with a comma just inside them.
    private static bool CommaInsideClosingMark(string text, TextRange content)
    {
        var e = content.End;
        while (e > content.Start + 1 && IsClosingMark(text[e - 1]))
        {
            e--;
        }

        return e < content.End && e > content.Start + 1 && text[e - 1] == ',';
    }

    // found.Any(c => c.Cue.Overlaps(range)) without a lambda: the lambda's captured range cost a closure object on every
    // pass of the loops that call this, whether or not the test was reached.
    internal static bool AnyCueOverlaps(List<CueCandidate> found, TextRange range)
    {
        foreach (var candidate in found)
        {
            if (candidate.Cue.Overlaps(range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a rule already placed the cue <paramref name="cue"/> starting with <paramref name="word"/>: another cue
    /// overlaps it, or another content holds its first word. The late rules (<see cref="UnplacedSay"/>,
    /// <see cref="OrphanVerbCue"/>) only fill what the others left.
    /// </summary>
    internal static bool IsPlaced(List<CueCandidate> found, TextRange cue, TextRange word)
    {
        foreach (var candidate in found)
        {
            if (candidate.Cue.Overlaps(cue) || (candidate.Content is { } held && held.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    // found.LastOrDefault(c => c.Cue.Start < start)?.Source, without a closure per word.
    private static TextRange? LastSourceBefore(List<CueCandidate> found, int start)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Cue.Start < start)
            {
                return found[i].Source;
            }
        }

        return null;
    }

    internal static bool IsClosingMark(char c) => c is '”' or '"' or '’' or '\'' or '»' or '“';

    // "According to X, content." / "content, according to X." / "As reported by X, content."
    private static CueCandidate? Preposed(string text, TextRange frame, List<WordToken> words, int cueStart, int npStart)
    {
        if (npStart >= words.Count || words[npStart].InQuote)
        {
            return null;
        }

        // "according to early results of exit polls conducted for the networks by Edison Research": a source after
        // the preposition runs to the next punctuation, longer than a subject can; "a CNN/WMUR poll" is one phrase.
        var npEnd = npStart;
        while (npEnd + 1 < words.Count && npEnd + 1 - npStart < MaxPreposedSourceWords && !words[npEnd + 1].InQuote
            && (!HasPunctuation(text, words[npEnd].End, words[npEnd + 1].Start) || text.AsSpan(words[npEnd].End, words[npEnd + 1].Start - words[npEnd].End) is "/"))
        {
            npEnd++;
        }

        var cue = new TextRange(words[cueStart].Start, words[npStart - 1].End);
        var source = new TextRange(words[npStart].Start, words[npEnd].End);

        // "In addition, according to …", "But, according to …": a connective before the cue leaves it opening its sentence.
        var afterConnective = words[cueStart].Lower == "according" && ContentBefore(text, frame, words[cueStart].Start) is { } connective
            && CommaAdjacent(text, connective.End, words[cueStart].Start) && IsConnective(text, words, connective);
        // "While most were elevated to the “confidential” level, according to an official, two were upgraded …": after
        // a subordinate clause opening the sentence the main clause, which follows the source, is what it credits.
        var afterSubordinate = words[cueStart].Lower == "according" && ContentBefore(text, frame, words[cueStart].Start) is { } subordinate
            && CommaAdjacent(text, subordinate.End, words[cueStart].Start) && OpensWithSubordinator(text, subordinate);
        var opensSentence = afterConnective || afterSubordinate || IsSpaceOnly(text, frame.Start, words[cueStart].Start);

        // "According to Ann Lee, the port's director, the harbour …": an appositive set off by commas belongs to the source.
        // "According to a harbour timeline, the pilots left for the pier", "According to The Gazette, an email was sent …":
        // words that hold a verb of their own are the clause credited, not a description of the source.
        if (npEnd + 2 < words.Count && !words[npEnd + 1].InQuote && text.AsSpan(words[npEnd].End, words[npEnd + 1].Start - words[npEnd].End).Trim() is [',']
            && OpensDescription(text, words, npEnd + 1) && EndOfSegment(text, words, npEnd + 1) is var appositiveEnd && !HoldsVerb(words, npEnd + 1, appositiveEnd))
        {
            if (appositiveEnd + 1 < words.Count && appositiveEnd - npEnd <= 10 && !words[appositiveEnd + 1].InQuote
                && text.AsSpan(words[appositiveEnd].End, words[appositiveEnd + 1].Start - words[appositiveEnd].End).Trim() is [',']
                && opensSentence)
            {
                var comma = text.IndexOf(',', words[appositiveEnd].End);
                source = new TextRange(words[npStart].Start, comma + 1);
                npEnd = appositiveEnd;
            }
            else if (!opensSentence && ClosingPlaceEnd(text, words, appositiveEnd, frame.End) is var closingEnd
                && (closingEnd - npEnd <= 10 || (closingEnd - npEnd <= MaxClosingAppositiveWords && words[npEnd + 1].Lower is "a" or "an" or "the"))
                && text.AsSpan(words[closingEnd].End, frame.End - words[closingEnd].End).Trim() is "" or "." or "!" or "?")
            {
                appositiveEnd = closingEnd;
                // "…, according to Ann Lee, a lawyer in Troy.": an appositive closed by the sentence's end belongs to
                // the source too, without the full stop.
                source = new TextRange(words[npStart].Start, words[appositiveEnd].End);
                npEnd = appositiveEnd;
            }
        }

        // "“…,” according to X": the comma may stand inside the closing quote mark.
        var before = ContentBefore(text, frame, words[cueStart].Start);
        if (before is { } open && text.AsSpan(open.Start, open.Length).LastIndexOf('(') is var bracket and >= 0
            && text.AsSpan(open.Start + bracket, open.Length - bracket).IndexOf(')') < 0 && open.End - (open.Start + bracket + 1) >= 2)
        {
            // "(the number is closer to 15 percent, according to X)": a cue inside brackets credits what they hold.
            before = new TextRange(open.Start + bracket + 1, open.End);
        }

        if (before is { } b && (CommaAdjacent(text, b.End, words[cueStart].Start)
            || (CommaInsideClosingMark(text, b) && IsGapOf(text.AsSpan(b.End, words[cueStart].Start - b.End)))))
        {
            // "In addition, according to the department, nine million …", "But, according to the poll, 46 percent …":
            // a connective or an opening subordinate clause before the cue is no content; what follows the source is.
            if ((afterConnective || afterSubordinate)
                && ContentFrom(text, frame, source.End) is { } following && text.AsSpan(source.End, following.Start - source.End).Trim() is [','])
            {
                return new CueCandidate(cue, source, following, false);
            }

            // Quoted words before the cue keep the whole stretch, so that they keep the speaker it names.
            var quoted = text.AsSpan(b.Start, b.Length).IndexOfAny("“”\"") >= 0;

            // "Other major cleavages, according to the poll, are …", "His criticism, according to Holt, was the cost": a
            // credit set off between a subject and its verb interrupts one clause, which PolNeAR annotates on both sides.
            if (words[cueStart].Lower == "according" && !opensSentence && !quoted && InterruptsSubject(text, frame, source) is { } predicate)
            {
                return new CueCandidate(cue, source, b.Union(predicate), false);
            }

            return new CueCandidate(cue, source, words[cueStart].Lower == "according" && !quoted ? LastClause(text, words, b) : b, false);
        }

        var after = npEnd + 1 < words.Count || HasQuoteAfter(text, source.End, frame.End) ? ContentFrom(text, frame, source.End) : null;
        if (before is { } clause && words[cueStart].Lower == "according" && (after is null || OpensNextClause(text, after.Value)))
        {
            // "Clinton leads by 271 delegates according to an AP count, but Sanders …": what follows opens a clause of
            // its own; the figures before the cue are what it credits.
            return new CueCandidate(cue, source, clause, false);
        }

        return after is null ? null : new CueCandidate(cue, source, after, false);
    }

    // The clause after a source closed by a comma when it opens on an auxiliary ("…, according to the poll, are …"):
    // the verb whose subject stands before the credit. Null when a quote follows, which its own rules credit.
    private static TextRange? InterruptsSubject(string text, TextRange frame, TextRange source)
    {
        if (ContentFrom(text, frame, source.End) is not { } predicate || text.AsSpan(source.End, predicate.Start - source.End).Trim() is not [','])
        {
            return null;
        }

        var span = text.AsSpan(predicate.Start, predicate.Length);
        var space = span.IndexOf(' ');
        return space > 0 && AttributionLexicon.AuxiliaryVerbs.Contains(span[..space].ToString()) && char.IsLower(span[0])
            && span.IndexOfAny("“”\"") < 0 ? predicate : null;
    }

    // "While …", "Although …", "If …": the words are one subordinate clause, opened by its conjunction
    // (subordinating-conjunctions.txt) and closed by the cue (no comma inside: "When …, it can be …" already holds its
    // main clause).
    private static bool OpensWithSubordinator(string text, TextRange range)
    {
        var span = text.AsSpan(range.Start, range.Length);
        var space = span.IndexOf(' ');
        return space > 0 && char.IsUpper(span[0]) && AttributionLexicon.SubordinatingConjunctions.Contains(span[..space].ToString())
            && span.IndexOfAny(",;") < 0;
    }

    // "In addition", "But", "Still, though": at most three words with no verb, which join the sentence to the one before.
    private static bool IsConnective(string text, List<WordToken> words, TextRange range)
    {
        var inside = words.Where(w => w.Start >= range.Start && w.End <= range.End).ToList();
        return inside.Count is >= 1 and <= 3 && inside.All(w => !w.InQuote && !w.Text.Any(char.IsDigit))
            && Enumerable.Range(1, inside.Count - 1).All(i => !HasPunctuation(text, inside[i - 1].End, inside[i].Start))
            && inside[0].Lower is "but" or "and" or "yet" or "still" or "so" or "in" or "also" or "however" or "meanwhile" or "moreover" or "overall" or "now" or "instead" or "indeed" or "further" or "furthermore" or "additionally" or "thus" or "then";
    }

    /// <summary>
    /// The last clause of what stands before "according to": "Mook was holding a meeting and told aides that …,
    /// according to someone there" credits only the clause next to the cue when the sentence joins clauses of its own
    /// with ", and"/", but" and a subject, a relative "which"/"who" after a comma (kept), or opens with a subordinate
    /// clause ("Despite Will’s call, he still leads …"). PolNeAR annotates the clause the source vouches for.
    /// </summary>
    private static TextRange LastClause(string text, List<WordToken> words, TextRange content)
    {
        var first = WordIndex.FirstAtOrAfter(words, content.Start);
        var start = content.Start;
        for (var k = first + 1; k < words.Count && words[k].End <= content.End; k++)
        {
            if (words[k].InQuote || words[k - 1].InQuote)
            {
                continue;
            }

            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
            if (gap is not [','] || k + 2 >= words.Count || words[k + 1].End > content.End)
            {
                continue;
            }

            var lower = words[k].Lower;
            if (lower is "which" or "who")
            {
                start = words[k].Start;
            }
            else if (lower is "and" or "but" && (AttributionLexicon.Pronouns.Contains(words[k + 1].Text) || words[k + 1].IsCapitalized
                || AttributionLexicon.GroupDeterminers.Contains(words[k + 1].Text) || IsPastTense(words[k + 1]) || IsIrregularPast(words[k + 1])))
            {
                // "…, and he will be part of …", "…, and won more than 77 percent …": the clause after the conjunction.
                start = words[k + 1].Start;
            }
            else if (start == content.Start && AttributionLexicon.SubordinatingConjunctions.Contains(words[first].Text) && words[first].IsCapitalized
                && (AttributionLexicon.Pronouns.Contains(words[k].Text) || words[k].IsCapitalized || AttributionLexicon.PhraseOpeners.Contains(words[k].Text)))
            {
                // "Despite Will’s call to abandon Trump, he still remains …": the main clause after the opening one.
                start = words[k].Start;
            }
        }

        return start - content.Start >= 0 && content.End - start >= 2 ? new TextRange(start, content.End) : content;
    }

    // Whether the range opens with a conjunction that starts a clause of its own ("but the senator has vowed …").
    private static bool OpensNextClause(string text, TextRange range)
    {
        var span = text.AsSpan(range.Start, range.Length);
        var space = span.IndexOf(' ');
        var first = space < 0 ? span : span[..space];
        return first is "but" or "and" or "while" or "although" or "though" or "yet" or "so" or "whereas" or "which" or "where";
    }

    // How many words a description closing the sentence after "according to" may run to ("…, according to Ann Lee, a
    // harbour pollster who ran the Gazette-Herald survey with the pier pilot Dana Holt."): with nothing after it in the
    // sentence it cannot be the clause credited, so it may be longer than one opening the sentence when an article opens
    // it (a long relative clause straight after the name, "…, according to Ann Lee, who …", is often left out of the source).
    private const int MaxClosingAppositiveWords = 16;

    // "…, according to a report from WKBO, the radio station in Troy, Ohio.": the place after a town closes the
    // description; the last word of that place when one or two capitalised words close the sentence after a comma,
    // otherwise k itself.
    private static int ClosingPlaceEnd(string text, List<WordToken> words, int k, int frameEnd)
    {
        var next = k + 1;
        if (next >= words.Count || words[next].Start >= frameEnd || words[next].InQuote || !words[next].IsCapitalized
            || text.AsSpan(words[k].End, words[next].Start - words[k].End).Trim() is not [','])
        {
            return k;
        }

        var end = EndOfSegment(text, words, next);
        return end - next < 2 && words.Skip(next).Take(end - next + 1).All(w => w.IsCapitalized && !w.InQuote) ? end : k;
    }

    // Whether words[first..last], up to a relative pronoun ("a group that tracks donations" describes), hold an auxiliary
    // or a verb in the irregular past ("the pilots left for the pier", "an email was sent"): a clause, not a description.
    private static bool HoldsVerb(List<WordToken> words, int first, int last)
    {
        for (var k = first; k <= last && k < words.Count; k++)
        {
            if (words[k].Lower is "who" or "which" or "whose" or "that" or "whom")
            {
                return false;
            }

            if (!words[k].InQuote && !words[k].IsCapitalized && (AttributionLexicon.AuxiliaryVerbs.Contains(words[k].Text) || IsIrregularPast(words[k])))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words of range, up to a comma or a relative pronoun ("Ann Lee, who is the harbour master" describes a
    // speaker), hold an auxiliary or modal outside quote marks ("… refusal could disqualify him").
    private static bool HoldsFiniteVerb(string text, List<WordToken> words, TextRange range)
    {
        for (var k = WordIndex.FirstAtOrAfter(words, range.Start); k < words.Count && words[k].End <= range.End; k++)
        {
            if (words[k].Lower is "who" or "which" or "whose" or "that" || (k > 0 && words[k].Start > range.Start && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(',')))
            {
                return false;
            }

            if (!words[k].InQuote && !words[k].IsCapitalized && AttributionLexicon.AuxiliaryVerbs.Contains(words[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "Gingrich — a possible running mate — told O'Reilly …", "Democratic leaders — and, in particular, Harry Reid —
    // insisted …": an aside between dashes closing right before a finite cue stands after the subject, which is the
    // source (with the aside when it describes the subject, without it when it says something else about it).
    private static TextRange? SubjectBeforeDashAside(string text, List<WordToken> words, int cueFirst)
    {
        if (cueFirst < 2 || words[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var gap = text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).Trim();
        return gap is ['—'] or ['–'] or "--" or ['-'] ? UnplacedSay.SubjectBeforeAside(text, words, cueFirst) : null;
    }

    internal static CueCandidate? Verbal(string text, TextRange frame, List<WordToken> words, int verb, int span, TextRange? previousSource, TextRange? givenSource = null)
    {
        var cueFirst = CueStart(text, words, verb);
        var cueLast = verb + span - 1;
        var cue = new TextRange(words[cueFirst].Start, words[cueLast].End);
        // "…, saying …": a participle after a comma opens a clause of the sentence's subject; the words before the comma
        // are no appositive of a speaker.
        // Not a progressive ("Officials, including the mayor, are hoping …"): its auxiliary makes the verb finite.
        var participleAfterComma = words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && cueFirst > 0
            && text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).Trim() is [',']
            && !(cueFirst < verb && AttributionLexicon.AuxiliaryVerbs.Contains(words[cueFirst].Text));
        // "As another study noted, the average age …": an opening as-clause reports the sentence after its comma.
        if (givenSource is null && AsClauseCue.Leading(text, frame, words, cueFirst, cueLast) is { } leading)
        {
            return leading;
        }

        var source = givenSource ?? SourceBeforeCue.Find(text, words, cueFirst) ?? SubjectBeforeDashAside(text, words, cueFirst)
            ?? (participleAfterComma ? null : AsideAfterAuxiliary.Subject(text, words, cueFirst));
        if (givenSource is null && participleAfterComma && !(source is { } named && SentenceSubject.Of(text, words, cueFirst) is { } subject && subject.Start == named.Start))
        {
            // "Ann Lee, a pilot at the port, saying …" keeps the subject with its appositive; other words before the
            // comma are not the speaker.
            source = null;
        }
        if (givenSource is null && source is { } objectPhrase && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && ObjectOfVerb(text, words, objectPhrase)
            && (RelativePronounBefore(text, words, WordIndex.FirstAtOrAfter(words, objectPhrase.Start)) ?? SentenceSubject.Of(text, words, cueFirst)) is { } sentenceSubject
            && sentenceSubject.End <= objectPhrase.Start)
        {
            // "The town released a statement saying …": the phrase before the participle is the object of the
            // sentence's verb; whoever released it says it. "Vale, who co-wrote a paper outlining …": in a relative
            // clause the relative pronoun does.
            source = sentenceSubject;
        }

        if (givenSource is null && source is { } articlePhrase && IndefiniteNounCue.GoverningSubject(text, words, articlePhrase, cueFirst, verb) is { } governing)
        {
            // "Vale delivered a forceful promise to …": the article phrase describes the noun cue; whoever delivered it speaks.
            source = governing;
        }

        if (givenSource is null && source is { } pronoun && PublisherOfRelativeClause(text, words, pronoun, cueFirst) is { } publisher)
        {
            // "Holt released a video that says …": the relative pronoun stands for what was put out; whoever put it out
            // says what it says.
            source = publisher;
        }

        var inverted = false;
        // A source given from elsewhere stands away from the cue, unless it is a determined noun phrase right before it
        // ("…, his team believes, resulting in …": the loose subject rule's own phrase, which then reads like any other).
        var borrowed = givenSource is { } given && !(IsSpaceOnly(text, given.End, words[cueFirst].Start) && WordIndex.FirstAtOrAfter(words, given.Start) is var opener
            && (AttributionLexicon.GroupDeterminers.Contains(words[opener].Text) || words[opener].Lower is "his" or "her" or "their" or "its" or "our" or "my"));
        if (AdverbialClause.OpensBefore(text, words, cueFirst))
        {
            // "After thanking the crowd, he touted …": the subject of the main clause is the speaker, never "After".
            source = AdverbialClause.MainSubject(text, words, cueLast);
            borrowed = true;
            if (source is null)
            {
                return null;
            }
        }

        if (source is null && cueFirst > 0 && !words[cueFirst - 1].InQuote && words[cueFirst - 1].Lower is "and" or "but"
            && IsSpaceOnly(text, words[cueFirst - 1].End, words[cueFirst].Start))
        {
            // "Fields showed her bruised forearm and said …": the sentence's subject said it.
            // "… when Cruz knocked Rubio on trade and called him …": in a clause that opens no sentence, the subject of
            // the verb before "and".
            // "Weaver, who came out and endorsed Clinton": inside a relative clause the verb before "and" is the relative
            // pronoun's, and so is the cue.
            // "Vale started the row when she brought up the ferry and later said …": the pronoun subject of a clause
            // opened by a subordinating word, whose verb the cue joins (JoinedClauseSubject.SubordinateSubject).
            // "Fishermen called for a boycott, and the board denounced the plan and said …", "…; Vale backs new rules but
            // embraces …": the subject of the last clause joined by ", and" or a semicolon, not the sentence's first one
            // (JoinedClauseSubject.Find). Not the pronoun after a subordinating word: "Holt was calm when she visited the
            // pier, and even admitted …" goes on with Holt.
            source = RelativePronounBefore(text, words, cueFirst - 1)
                ?? JoinedClauseSubject.SubordinateSubject(text, words, cueFirst - 1)
                ?? JoinedClauseSubject.Find(text, words, cueFirst - 1, throughSubordinators: false)
                ?? (SentenceSubject.Of(text, words, cueFirst - 1) is { } subject0 ? WithAppositive(text, words, subject0, cueFirst) : (words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) ? null : SubjectOfVerbBefore(text, words, cueFirst - 1)));
            borrowed = true;
            if (source is null || ContinuesReportedClause(words, source.Value, cueFirst, verb))
            {
                return null;
            }
        }

        if (source is null)
        {
            var before = text[frame.Start..words[cueFirst].Start].TrimEnd();
            if (words[verb].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                // "…, adding that …", "He began by saying, “…”": the subject of the sentence is the speaker.
                // "…,” Trump told a rally, saying …": otherwise whoever the passage's earlier cue names.
                // "…, Lee said, adding that …": a participle right after an earlier cue takes that cue's source.
                // "Tracy Martin, Trayvon's father, issued a statement, saying …": the subject keeps its appositive.
                // "Ryan, who a week ago surprised Trump by declaring …": a participle inside a relative clause is the
                // relative pronoun's.
                // "Inspectors closed the pier and Holt fired her deputy, acknowledging …": after a comma, the subject of
                // the clause the participle follows (JoinedClauseSubject).
                source = (previousSource is { } ps && FollowsCueOf(text, words, ps, cueFirst) ? (TextRange?)ps : null)
                    ?? RelativePronounBefore(text, words, cueFirst)
                    ?? (participleAfterComma ? JoinedClauseSubject.Find(text, words, cueFirst) : null)
                    ?? (SentenceSubject.Of(text, words, cueFirst) is { } subject1 ? WithDescribingAppositive(text, words, subject1, cueFirst) : (TextRange?)null) ?? previousSource;
                borrowed = true;
                if (source is null)
                {
                    return null;
                }
            }
            else
            {
                // "“…,” said Peskov." / "insists Burton": the speaker follows a quote, or a comma at the passage's end.
                if (before.Length == 0)
                {
                    // "Said Comey, “…”": a cue that opens the sentence names its speaker right after it.
                    if (cueFirst != verb || !words[verb].IsCapitalized || SourceAfterCue.Find(text, words, cueLast + 1) is not { } opening
                        || !text.AsSpan(opening.End, frame.End - opening.End).TrimStart().StartsWith(","))
                    {
                        return null;
                    }

                    var said = ContentFrom(text, frame, opening.End);
                    return said is null ? null : new CueCandidate(cue, opening, said, false);
                }

                var afterQuote = IsClosingMark(before[^1]) || (before.EndsWith(',') && before.Length > 1 && IsClosingMark(before[^2]));
                if (!afterQuote && !before.EndsWith(','))
                {
                    return null;
                }

                // "Yet economists, like their counterparts, say taxing consumption spurs growth": the comma closes an
                // aside on the sentence's subject, which says what follows; the cue is not inverted.
                if (!afterQuote && SentenceSubject.Of(text, words, cueFirst) is { } asideSubject && IsAsideBetween(text, words, asideSubject.End, cueFirst))
                {
                    return null;
                }

                // After a comma alone the speaker must close the passage: a phrase joined by "and" is not read on to
                // reach that end ("…, mocked the party and its leaders."), unless the verb is "say" itself ("…, said
                // lobbyist and strategist Ann Lee.").
                source = SourceAfterCue.Find(text, words, cueLast + 1, closingPhrase: true, joinCoordinated: afterQuote || words[verb].Lower is "said" or "says");
                inverted = true;
                // "The pier, said Ann Lee, will reopen in May": the speaker set off by commas inside the clause it reports;
                // what was said runs from the clause's start to its end, around the cue.
                if (source is { } aside && !afterQuote && AttributionLexicon.ParentheticalCueVerbs.Contains(words[verb].Text)
                    && ParentheticalPredicate(text, words, aside, frame) is { } predicate
                    && ContentBefore(text, frame, words[cueFirst].Start) is { } subjectPart && !HoldsFiniteVerb(text, words, aside))
                {
                    return new CueCandidate(cue, aside, new TextRange(subjectPart.Start, predicate.End), false);
                }

                // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested Trump’s refusal … could disqualify him": a
                // clause with a verb of its own after the cue is what was said, never an inverted speaker.
                if (source is null || (!afterQuote && !EndsPassage(text, source.Value.End, frame.End)) || HoldsFiniteVerb(text, words, source.Value))
                {
                    return null;
                }
            }
        }

        var afterStart = inverted ? source.Value.End : cue.End;
        var afterWord = inverted ? WordIndex.FirstAtOrAfter(words, source.Value.End) : cueLast + 1;
        if (!inverted && span == 1 && AttributionLexicon.TellVerbs.Contains(words[verb].Text))
        {
            var toldObjectEnd = InfinitiveAfterObject(words, verb, cueLast + 1) ?? SkipObject(text, words, cueLast + 1, frame, afterStart);
            afterStart = NamesNarrative(words, verb, cueLast + 1) && EndsSentence(text, toldObjectEnd, frame.End) ? afterStart : toldObjectEnd;
        }

        var tail = text[afterStart..frame.End].Trim();
        if (tail.EndsWith(':') || (tail.Length > 0 && tail.TrimEnd(':', ' ').Length == 0))
        {
            // "The Gazette also noted the relatively sparse attendance:", "Holt listed the qualities a harbour master needs:":
            // an object of the verb before the colon is what it reports; what follows the colon still goes to the source.
            return new CueCandidate(cue, source.Value, ObjectBeforeColon(text, frame, words, afterStart, afterWord), true);
        }

        var afterContent = afterWord < words.Count || HasQuoteAfter(text, afterStart, frame.End) ? ContentFrom(text, frame, afterStart) : null;

        // "Holt responded, saying the pier was safe", "Vale objected, arguing that …": a reporting participle right after
        // the cue and a comma reports on its own; what it says is not this cue's content. After words of the passage
        // before the source ("He said …,'' the Courier reported, adding that …") the report before the credit stays a
        // relation of its own (TrailingCreditOverReport.ParticipleFollows).
        if (afterContent is { } participleAfter && !inverted && afterWord < words.Count && words[afterWord].Start == participleAfter.Start
            && !words[afterWord].InQuote && AttributionLexicon.ClauseReportingParticiples.Contains(words[afterWord].Lower)
            && text.AsSpan(cue.End, participleAfter.Start - cue.End).Trim() is [','])
        {
            afterContent = null;
        }
        var contentEndBefore = inverted ? cue.Start : source.Value.Start;
        // "warned of a battle", "accused him of lying": after other verbs than say, "of" opens what is attributed.
        var topicOf = afterContent is { } of0 && words[verb].Lower is not ("say" or "says" or "said" or "saying" or "tell" or "tells" or "told" or "telling")
            && text.AsSpan(of0.Start).StartsWith("of ", StringComparison.Ordinal);
        // "Holt said Monday the pier would close", "said in a statement it would appeal": with no "that", the phrase of
        // time or occasion before the reported clause dates the saying and is no part of what was said.
        if (afterContent is { } dated && !inverted && DatedClauseAfterCue.ClauseStart(text, dated) is { } clauseStart)
        {
            afterContent = ContentFrom(text, frame, clauseStart);
        }

        // "Holt said, however, that the pier would close": an aside of discourse between commas is no part of the content.
        if (afterContent is { } asided && !inverted && DiscourseAsideAfterCue.ClauseStart(text, asided) is { } afterAside)
        {
            afterContent = ContentFrom(text, frame, afterAside);
        }

        // "What Holt said was that the pier was safe": the words after "was" are what was said.
        if (afterContent is not null && !inverted && PseudoCleftReport.ContentStart(words, source.Value, cueLast) is { } cleftStart)
        {
            afterContent = ContentFrom(text, frame, cleftStart);
        }

        // "The pier, which Holt said was unsafe, will close": the report ends with the relative clause.
        if (afterContent is { } relative && !inverted && NonRestrictiveRelativeReport.ContentEnd(text, words, source.Value, relative) is { } relativeEnd)
        {
            afterContent = new TextRange(relative.Start, relativeEnd);
        }

        // "Vale wants to make the ferry free, but her plan would need the towns' help": the writer's next clause is no
        // part of the infinitive reported.
        if (afterContent is { } infinitive && !inverted && InfinitiveContentEnd.ContentEnd(text, infinitive) is { } infinitiveEnd)
        {
            afterContent = new TextRange(infinitive.Start, infinitiveEnd);
        }

        if (afterContent is { } ac0 && !inverted && StartsWithPreposition(text, ac0) && !StartsWithInfinitive(text, ac0) && !topicOf)
        {
            // "she said in a video message." / "said in a statement that …": the phrase belongs to the cue.
            var before0 = ContentBefore(text, frame, contentEndBefore);
            var quoteBefore = before0 is { } q0 && EndsWithClosingQuote(text, q0) && QuoteAdjacent(text, q0.End, contentEndBefore);
            var commaBefore = before0 is { } c0 && CommaAdjacent(text, c0.End, contentEndBefore)
                && !(IsOpeningPhrase(text, words, c0) && SubjectRunsToCue(text, source.Value.End, cue.Start));
            afterContent = quoteBefore ? null : ContentAfterAdverbial(text, frame, words, ac0) ?? (commaBefore ? null : afterContent);
        }
        var contentEnd = inverted ? cue.Start : source.Value.Start;
        var beforeContent = ContentBefore(text, frame, contentEnd);
        if (afterContent is { } ac1 && !inverted && beforeContent is { } b1 && CommaAdjacent(text, b1.End, contentEnd)
            && (IsTimePhrase(text, ac1) || (DatesTheSaying(text, ac1) && text.AsSpan(b1.Start, b1.Length).Trim().Count(' ') >= 2)))
        {
            // "…, the airline said Thursday.": the time phrase belongs to the cue; the content stands before it.
            afterContent = null;
        }

        var beforeEndsWithQuote = beforeContent is { } bc && EndsWithClosingQuote(text, bc);
        TextRange? content;
        if (borrowed)
        {
            // The speaker stands away from the cue ("…, adding that …"): only what follows the cue is theirs here.
            content = afterContent;
        }
        else if (beforeEndsWithQuote && QuoteAdjacent(text, beforeContent!.Value.End, contentEnd)
            && !(!inverted && afterContent is { } next && !StartsWithQuote(text, next) && next.Length >= 12 && text.AsSpan(next.Start, next.Length).Count(' ') >= 2
                && ((ClosesSentence(text, beforeContent.Value) && !text.AsSpan(cue.End, next.Start - cue.End).Contains(','))
                    || !StartsWithQuote(text, beforeContent.Value))))
        {
            content = afterContent is { } ac && StartsWithQuote(text, ac) ? beforeContent.Value.Union(ac) : beforeContent;
        }
        else if (afterContent is { } ac2 && !inverted
            && !(beforeContent is { } bx && CommaAdjacent(text, bx.End, contentEnd) && ClauseJoinedAfterComma(text, cue.End, ac2))
            && !CoordinatedAfterComma(text, cue.End, ac2))
        {
            // "The pier, Holt said, will close on Friday": the subject before the credit is part of what was said.
            content = beforeContent is { } creditSubject && CommaAdjacent(text, creditSubject.End, contentEnd) && source.Value.End <= cue.Start
                ? InterruptingCredit.SubjectAcrossCredit(text, creditSubject, afterStart, ac2) ?? afterContent
                : afterContent;
        }
        else if (beforeContent is { } b2 && CommaAdjacent(text, b2.End, contentEnd))
        {
            // "The pier is too old, Holt said, because the tides wore it down": the credit interrupts one report.
            content = InterruptingCredit.WholeSentence(text, b2, afterStart, afterContent) ?? b2;
        }
        else
        {
            content = null;
        }

        // "Holt urged a strong stand, with …", "Vale insisted on a new pier, despite …": the phrase skipped as an addressee
        // or a phrase of place is the content when the words after its comma open an adjunct. Not after "say", whose
        // phrases before a comma are the occasion ("said on Monday, and …"), nor for a phrase of time ("observed this week,
        // without …"), which tells when.
        if (content is { } skipped && afterContent is { } found && skipped == found && !inverted && words[verb].Lower is not ("say" or "says" or "said" or "saying")
            && AdjunctAfterObject.Phrase(text, frame, words, cue.End, skipped) is { } governed && !IsTimePhrase(text, governed) && !DatesTheSaying(text, governed))
        {
            content = governed;
        }

        // The three readings below need the cue's own subject standing before it, in its own clause.
        var ownSubjectBefore = !inverted && !borrowed && source.Value.End <= cue.Start;

        // "…, as The Times reported on Tuesday.": a comment clause opened by "as" reports the clause before its comma.
        if (ownSubjectBefore && AsClauseCue.ReportedClause(text, frame, words, source.Value, cueLast) is { } commented)
        {
            content = commented;
        }

        // "a flat rate, which Cruz proposed under his plan", "Rubio, who many had backed in the hope of …": a relative
        // pronoun standing for the verb's object is what the cue attributes, not the phrase about the act after it.
        if (ownSubjectBefore && RelativeObject.Pronoun(text, words, source.Value, cueLast) is { } pronounObject)
        {
            content = pronounObject;
        }
        else if (ownSubjectBefore && IsSpaceOnly(text, source.Value.End, cue.Start)
            && RelativeObject.Head(text, words, source.Value, cueLast) is { } headObject)
        {
            // "the very income trends Democratic politicians point to with alarm": without a pronoun, the clause's head noun
            // is the object the cue attributes.
            content = headObject;
        }

        // "Ann Lee, who declined to comment, said …": a relative clause between commas ends at its closing comma.
        if (content is { } rc && rc.Start >= cue.End && (IsRelativeSource(text, source.Value) || MainVerbAfterRelativeClause(text, words, source.Value, cue.End, frame.End)))
        {
            // "An official, who asked not to be named, said …": content found past the clause's closing comma (the
            // request taken for an object) is the main clause's, not the relative clause's; "which notes, “…”" opens
            // its own content with the comma.
            var closing = ClauseEnd(text, cue.End, rc.End);
            if (rc.Start > closing && !IsSpaceOnly(text, cue.End, closing))
            {
                return null;
            }

            var end = ClauseEnd(text, rc.Start, rc.End);
            content = end - rc.Start >= 2 ? new TextRange(rc.Start, end) : content;
        }

        // "Those who named a mayor said …": a restrictive relative clause's object ends before the main clause's verb.
        if (content is { } rr && rr.Start >= cue.End && ownSubjectBefore && RestrictiveRelativeClause.ObjectEnd(text, words, source.Value, cueLast, rr) is { } objectEnd
            && objectEnd - rr.Start >= 2)
        {
            content = new TextRange(rr.Start, objectEnd);
        }

        // "When the clerk refused to resign, the mayor began …", "that while he fears comparing it to war, “…”": a cue in
        // a clause opened by a subordinating conjunction reports what stands before the comma closing that clause, not
        // the main clause after it.
        if (content is { } sc && ownSubjectBefore && sc.Start >= cue.End && !StartsWithQuote(text, sc) && OpensSubordinateClause(words, source.Value))
        {
            var end = ClauseEnd(text, sc.Start, sc.End);
            // Quoted words are cut nowhere: a comma inside them ("''the highest, hardest glass ceiling''") closes nothing.
            var quoted = words.Exists(w => w.InQuote && w.End > sc.Start && w.Start < end + 1);
            content = end - sc.Start >= 2 && !quoted ? new TextRange(sc.Start, end) : content;
        }

        // "While most skippers agreed with the plan, the mayor …", "When asked why, Holt said …", "Even as Holt was
        // criticizing Vale, however, she …": a cue in a sentence-opening subordinate clause reports the words before the
        // comma closing that clause; content found past it (after a phrase taken for a time, place or addressee) or running
        // over it is the main clause's. With nothing before the comma ("After Holt testified, the board …") it reports
        // nothing, unless an agentless passive reads its subject below ("Although Vale was not charged, she …").
        if (content is { } oc && !inverted && !StartsWithQuote(text, oc)
            && OpeningClauseContent.End(text, words, cueFirst, cueLast) is { } clauseEnd && oc.End > clauseEnd)
        {
            content = ContentFrom(text, new TextRange(frame.Start, clauseEnd), oc.Start >= clauseEnd ? cue.End : oc.Start);
        }

        // "Clinton was asked about the border", "her statement was shown to be false": an agentless passive names whom the
        // words were said to or about, not who said them; the annotated corpora give such relations no source.
        if (!inverted && !borrowed && PassiveCue.IsAgentless(words, cueFirst, verb, span))
        {
            // "Syed Farook’s name was announced on a police scanner", "A photo of Ali was shown on the screen": with no
            // clause after it, an agentless passive reports its subject, what was announced or shown.
            var last = cueLast + 1 >= words.Count;
            var after = last ? words[cueLast] : words[cueLast + 1];
            // Not for the one a question or an order went to ("Mr. Sanders was asked."): the subject is no content then.
            if (source.Value.End <= cue.Start && words[verb].Lower is not ("asked" or "questioned" or "instructed" or "urged" or "pressed") && (last || (!after.InQuote && after.Lower is "on" or "in" or "at" or "during" or "for" or "with"
                    or "from" or "into" or "onto" or "throughout" or "across" or "before" or "after" or "yesterday" or "today" or "last" or "this" or "again"
                    or "repeatedly" or "widely" or "several" or "many" or "twice" or "once")
                    || ReportsItsSubject(text, words, cueLast)))
            {
                // "He was recommended for the job by Roger Stone", "The letter was first reported last week by The Post's
                // Greg Sargent": a phrase of time, place or purpose may stand between the participle and its agent.
                return PassiveCue.DistantAgent(text, words, cueLast) is { } agent
                    ? new CueCandidate(cue, agent, source.Value, false)
                    : new CueCandidate(cue, cue, source.Value, false) { IsSourceless = true };
            }

            if (content is { } passiveContent)
            {
                // "Holt was declared the winner by news organizations": an agent after the complement is the source,
                // and the complement before "by" is what was said.
                if (passiveContent.Start >= cue.End && PassiveCue.AgentAfterComplement(text, words, cueLast, passiveContent) is { } late
                    && late.ComplementEnd > passiveContent.Start)
                {
                    return new CueCandidate(cue, late.Agent, new TextRange(passiveContent.Start, late.ComplementEnd), false);
                }

                return new CueCandidate(cue, cue, passiveContent, false) { IsSourceless = true };
            }
        }

        return content is null ? null : new CueCandidate(cue, source.Value, content, false);
    }

    // Whether an agentless passive at word <paramref name="participle"/> reports its subject although a word outside the
    // list of adjuncts follows it: an agent further on ("Vale was also endorsed the day before by Dana Holt", "was
    // supported Friday by Holt"), a role after "as" ("Lee was identified as the skipper"), a second participle after
    // "and" ("the plan was questioned and then dropped"), or a comma closing the clause ("The price was not disclosed,
    // though …"). What follows is then no content of the verb's: the passive has taken its object as subject.
    private static bool ReportsItsSubject(string text, List<WordToken> words, int participle)
    {
        if (PassiveCue.DistantAgent(text, words, participle) is not null)
        {
            return true;
        }

        var next = words[participle + 1];
        if (next.InQuote)
        {
            return false;
        }

        var gap = text.AsSpan(words[participle].End, next.Start - words[participle].End).Trim();
        if (gap is [','] or ['.'] or [';'])
        {
            return true;
        }

        if (!gap.IsEmpty)
        {
            return false;
        }

        if (next.Lower == "as")
        {
            return true;
        }

        // "was questioned and then grudgingly abandoned": after "and", adverbs may stand before the second participle.
        if (next.Lower != "and")
        {
            return false;
        }

        for (var k = participle + 2; k < words.Count && k <= participle + 4; k++)
        {
            if (words[k].InQuote)
            {
                return false;
            }

            if (IsPastTense(words[k]))
            {
                return true;
            }

            if (!IsModifier(words[k]) && !words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && words[k].Lower != "then")
            {
                return false;
            }
        }

        return false;
    }

    // "Lee said the group is neutral and supports both sides": a verb in the present after "and" that follows a cue in
    // the past goes on with the reported clause's subject, not the speaker's.
    internal static bool ContinuesReportedClause(List<WordToken> words, TextRange subject, int cueFirst, int verb)
    {
        var form = words[verb].Lower;
        if (cueFirst != verb || !form.EndsWith('s') || form.EndsWith("ss", StringComparison.Ordinal) || form is "was" or "has" or "is" or "does")
        {
            return false;
        }

        for (var k = cueFirst - 2; k >= 0 && words[k].Start >= subject.End; k--)
        {
            if (!words[k].InQuote && AttributionLexicon.MatchVerb(words, k) > 0
                && (IsPastTense(words[k]) || words[k].Lower is "said" or "told" or "wrote" or "thought" or "felt" or "knew" or "saw"))
            {
                return true;
            }
        }

        return false;
    }

    // Whether only the cue of source (one to three words, "said", "told reporters") and a comma stand between source
    // and word k.
    private static bool FollowsCueOf(string text, List<WordToken> words, TextRange source, int k)
    {
        if (source.End > words[k].Start)
        {
            return false;
        }

        var gap = text.AsSpan(source.End, words[k].Start - source.End).Trim();
        if (gap.Length == 0 || gap[^1] != ',' || gap[..^1].IndexOfAny(CueGapBreakers) >= 0)
        {
            return false;
        }

        var between = words.FindIndex(w => w.Start >= source.End);
        var count = words.Count(w => w.Start >= source.End && w.End <= words[k].Start);
        return count is >= 1 and <= 3 && between >= 0 && AttributionLexicon.MatchVerb(words, between) + (IsModifier(words[between]) ? 1 : 0) > 0;
    }

    // "Most pilots were worried, but the mayor said the pier was safe", "she already knew, and most people …": a
    // conjunction after a comma right after the cue opens a clause of its own, so the cue took no words after it. Not
    // at or before a quote ("Holt added, ''But the pier is ours.''", "Holt said, and I quote, “…”").
    private static bool CoordinatedAfterComma(string text, int cueEnd, TextRange after)
    {
        if (text.AsSpan(cueEnd, after.Start - cueEnd).Trim() is not [','] || after.Length < 4 || StartsWithQuote(text, after))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, after.Start, Math.Min(after.End, after.Start + 40));
        return words.Count > 1 && words[0].Lower is "and" or "but" or "yet" or "or" or "while" or "whereas"
            && text.AsSpan(after.Start, Math.Min(after.Length, 40)).IndexOfAny(QuoteMarks.Double) < 0;
    }

    // "…, records show, and experts say …", "…, Lee said, a policy that …": after a comma, a new clause or a phrase
    // about what came before follows the cue; what it attributes stands before it.
    private static bool ClauseJoinedAfterComma(string text, int cueEnd, TextRange after)
    {
        if (StartsWithQuote(text, after))
        {
            return false;
        }

        // "…, political analysts say; in 2012 …", "…, Clinton allies believe — backers he will need": a semicolon or dash
        // after the cue opens words of their own.
        var gap = text.AsSpan(cueEnd, after.Start - cueEnd + 1);
        if (gap.IndexOfAny(";—–") >= 0)
        {
            return true;
        }

        if (!gap.Contains(','))
        {
            return false;
        }

        var first = text.AsSpan(after.Start, Math.Min(after.Length, 12));
        var space = first.IndexOf(' ');
        var word = (space < 0 ? first : first[..space]).TrimEnd(",:;");
        // "…, he said, wiping his face", "…, an official said, adding that …": a participle clause follows.
        return word is "and" or "but" or "while" or "which" or "a" or "an" or "as" or "though" or "although" or "so" or "because" or "according" or "whereas"
            || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(word[0])
                && (text.AsSpan(after.Start, after.Length).IndexOfAny("“\"") < 0 || word is "adding" or "noting" or "saying" or "explaining" or "insisting"));
    }

    // WithAppositive, but an aside set off by commas ("She, too, …", "Lee, however, …") describes no one.
    private static TextRange WithDescribingAppositive(string text, List<WordToken> words, TextRange subject, int limit)
    {
        var with = WithAppositive(text, words, subject, limit);
        return with.End > subject.End && AttributionLexicon.DiscourseAsides.Contains(text[subject.End..with.End].Trim(' ', ',').ToLowerInvariant()) ? subject : with;
    }

    // "Ann Lee, a former chair, became a delegate and said …": the appositive after the sentence's subject is part of it.
    private static TextRange WithAppositive(string text, List<WordToken> words, TextRange subject, int limit)
    {
        var next = WordIndex.FirstAtOrAfter(words, subject.End);
        if (next + 1 >= limit || words[next].InQuote || text.AsSpan(subject.End, words[next].Start - subject.End).Trim() is not [',']
            || !OpensTrailingAppositive(words, next) || words[next].Lower is "who" or "whose")
        {
            return subject;
        }

        var end = EndOfSegment(text, words, next);
        if (end + 1 >= limit || end - next > 10 || text.AsSpan(words[end].End, words[end + 1].Start - words[end].End).Trim() is not [','])
        {
            return subject;
        }

        return new TextRange(subject.Start, text.IndexOf(',', words[end].End) + 1);
    }

    // "Dana Holt, a harbour engineer who advised the mayor on the pier, said …": a relative clause inside an appositive
    // closes with the appositive's comma when a verb of saying follows it; that verb is the main clause's, whose subject
    // is the name with its appositive, so the relative clause's cue reports nothing past that comma.
    private static bool MainVerbAfterRelativeClause(string text, List<WordToken> words, TextRange source, int cueEnd, int frameEnd)
    {
        if (text.AsSpan(source.Start, source.Length) is not ("who" or "which" or "that"))
        {
            return false;
        }

        var closing = ClauseEnd(text, cueEnd, frameEnd);
        var next = WordIndex.FirstAtOrAfter(words, closing);
        // A capitalised word after the comma ("…, Tweeted …", "…, Holt's deputy") is read as no verb, as elsewhere.
        return next < words.Count && !words[next].InQuote && !words[next].IsCapitalized && text.AsSpan(closing, words[next].Start - closing).Trim() is [',']
            && !words[next].Lower.EndsWith("ing", StringComparison.Ordinal) && AttributionLexicon.MatchVerb(words, next) > 0;
    }

    // "who", "which" or "that" right after a comma: the relative pronoun opening a clause set off by commas.
    private static bool IsRelativeSource(string text, TextRange source)
    {
        if (text.AsSpan(source.Start, source.Length) is not ("who" or "which" or "that"))
        {
            return false;
        }

        var i = source.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == ',';
    }

    // "…, Hollande said Tuesday in Paris", "…, Kaine insisted Thursday during a tour of morning shows": a day and a phrase
    // of place or occasion after the cue tell when and where it was said, not what; with no "that" clause in it, and
    // only after a clause of three words at least ("However, the museum said Thursday on Twitter, “…”" reports the quote).
    private static bool DatesTheSaying(string text, TextRange range)
    {
        if (range.Length > 200)
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, range.Start, range.End);
        if (words.Count < 2 || !AttributionLexicon.DayWords.Contains(words[0].Text))
        {
            return false;
        }

        var k = AttributionLexicon.IsPartOfDay(words[1].Lower) ? 2 : 1;
        return k < words.Count && words[k].Lower is "in" or "at" or "on" or "during" or "after" or "before" or "while" or "via" or "from" or "with"
            && !words.Exists(w => w.Lower == "that") && !StartsWithQuote(text, range);
    }

    // "Thursday", "last week", "on Monday morning": a short phrase of time words only.
    private static bool IsTimePhrase(string text, TextRange range)
    {
        // Four time words fit in 60 characters; not tokenizing a longer content keeps a run-on sentence linear.
        if (range.Length > 60)
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, range.Start, range.End);
        return words.Count is > 0 and <= 4 && words.TrueForAll(w => AttributionLexicon.CueTimeWords.Contains(w.Text) || w.Text.All(char.IsAsciiDigit));
    }

    // "“… gender identity.” Cruz says he is not familiar …": a quote that closes its own sentence is not the
    // content of a cue that goes on with a clause of its own.
    private static bool ClosesSentence(string text, TextRange quoted)
    {
        var inside = text.AsSpan(quoted.Start, quoted.Length).TrimEnd();
        while (inside.Length > 0 && IsClosingMark(inside[^1]))
        {
            inside = inside[..^1].TrimEnd();
        }

        return inside.Length > 0 && inside[^1] is '.' or '?' or '!';
    }

    // The relative pronoun "who" opening the clause that runs on, with no punctuation, to word limit ("Weaver, who came
    // out and endorsed", "the senator who made enemies with fellow senators and bragged"): the subject of the clause's
    // verbs, which PolNeAR marks as the source. Null when a punctuation mark, a quote or a sentence start comes first.
    private static TextRange? RelativePronounBefore(string text, List<WordToken> words, int limit)
    {
        for (var k = limit - 1; k > 0 && limit - k <= 15; k--)
        {
            if (words[k].InQuote || words[k].OpensSentence || HasPunctuation(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }

            if (words[k].Text == "who")
            {
                // "questions on who Cameron would like to see win": after a preposition or a verb "who" asks, and
                // opens no relative clause; "those who left" is a generic group, mostly an object of the main clause.
                var previous = words[k - 1];
                var asks = !HasPunctuation(text, previous.End, words[k].Start)
                    && (AttributionLexicon.ClauseOpeners.Contains(previous.Text) || AttributionLexicon.MatchVerb(words, k - 1) > 0 || previous.Lower == "those");
                return k + 1 < limit && !asks ? words[k].Range : null;
            }
        }

        return null;
    }

    // The source before the nearest past-tense verb left of word limit within its clause ("Cruz knocked Rubio on trade
    // and"), or null when a quote, a punctuation mark or the sentence's start comes first.
    private static TextRange? SubjectOfVerbBefore(string text, List<WordToken> words, int limit)
    {
        for (var k = limit - 1; k > 0 && limit - k <= 12; k--)
        {
            if (words[k].InQuote || words[k].OpensSentence || HasPunctuation(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }

            // "the Khans' deceased son": a participle after a determiner or a possessive is an adjective.
            if (!words[k].IsCapitalized && (IsPastTense(words[k]) || IsIrregularPast(words[k])))
            {
                return words[k - 1].IsPossessive || words[k - 1].Text.EndsWith('\'') || words[k - 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "my" or "our"
                    ? null
                    : SourceBeforeCue.Find(text, words, k);
            }
        }

        return null;
    }

    // The subject of the sentence when the source is the relative pronoun "that" or "which" right before the cue and the
    // noun phrase before the pronoun is the object of a publishing verb ("Holt is releasing a new ad that urges …",
    // "The Gazette ran a piece that noted …"); else null.
    private static TextRange? PublisherOfRelativeClause(string text, List<WordToken> words, TextRange pronoun, int cueFirst)
    {
        var p = cueFirst - 1;
        if (p < 2 || words[p].Start != pronoun.Start || words[p].End != pronoun.End || words[p].Lower is not ("that" or "which")
            || SourceBeforeCue.Find(text, words, p) is not { } thing)
        {
            return null;
        }

        var k = WordIndex.FirstAtOrAfter(words, thing.Start);
        if (k < 1 || words[k - 1].InQuote || words[k - 1].IsCapitalized || !AttributionLexicon.PublishingVerbs.Contains(words[k - 1].Lower)
            || !IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            return null;
        }

        return SentenceSubject.Of(text, words, k - 1) is { } subject && subject.End <= words[k - 1].Start ? subject : null;
    }

    // Whether the phrase stands right after a verb ("released a statement", "issued a report"), as its object.
    // "to issue a memo": "to", a lower-case plain verb (no participle, determiner or pronoun), then an article at word k.
    private static bool InfinitiveBeforeArticle(List<WordToken> words, int k) =>
        k >= 2 && words[k - 2].Lower == "to" && !words[k - 2].InQuote && words[k].Lower is "a" or "an" or "the"
        && !words[k - 1].Lower.EndsWith("ing", StringComparison.Ordinal) && !IsDeterminerOrPronoun(words[k - 1]);

    private static bool IsDeterminerOrPronoun(WordToken word) =>
        AttributionLexicon.GroupDeterminers.Contains(word.Text) || AttributionLexicon.Pronouns.Contains(word.Text) || AttributionLexicon.PhraseOpeners.Contains(word.Lower);

    private static bool ObjectOfVerb(string text, List<WordToken> words, TextRange phrase)
    {
        var k = WordIndex.FirstAtOrAfter(words, phrase.Start);

        // "… and carrying signs saying …": a phrase opened by a lower-case participle is that verb with its object, no
        // noun phrase of a speaker.
        if (k + 1 < words.Count && words[k + 1].Start < phrase.End && !words[k].InQuote && !words[k].IsCapitalized
            && words[k].Lower.Length > 5 && words[k].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        // "The campaign sent a text message to supporters saying …": the phrase before the participle is the one the
        // object went to; the verb stands before the object.
        if (k >= 3 && k < words.Count && words[k - 1].Lower == "to" && !words[k - 1].InQuote && IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            for (var j = k - 2; j >= 1 && j >= k - 5; j--)
            {
                if (words[j].InQuote || words[j].IsCapitalized || !IsSpaceOnly(text, words[j].End, words[j + 1].Start))
                {
                    break;
                }

                if (AttributionLexicon.PhraseOpeners.Contains(words[j].Lower))
                {
                    k = j;
                    break;
                }
            }
        }

        // "Sanders started out the debate saying …", "The town put out a statement saying …": a particle stands
        // between the verb and its object.
        if (k >= 2 && k < words.Count && !words[k - 1].InQuote && words[k - 1].Lower is "out" or "off" or "up" or "down" or "back"
            && IsSpaceOnly(text, words[k - 2].End, words[k - 1].Start) && IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            k--;
        }

        if (k < 1 || k >= words.Count || words[k - 1].InQuote || words[k - 1].IsCapitalized)
        {
            return false;
        }

        // "The pilots will hold banners proclaiming …", "Holt has drawn huge crowds describing …", "Skippers can
        // reasonably campaign saying …": after a modal or a form of "have" the phrase opens with the verb itself and its
        // object; the verb's subject speaks, as with "has" and a phrase of "a" ("Holt has a long record of voting for …").
        // Not after "be" ("is a group backing …" names the group), nor before another determiner ("Holt had some
        // explaining to do": the participle is a noun in the object of "had").
        if (!words[k].IsCapitalized && AttributionLexicon.AuxiliaryVerbs.Contains(words[k - 1].Text)
            && !AttributionLexicon.FormsOfBe.Contains(words[k - 1].Text) && (words[k].Lower is "a" or "an" || !IsDeterminerOrPronoun(words[k])))
        {
            return true;
        }

        // "Holt spent much of her campaign railing against …": the time spent is the object; whoever spent it speaks.
        // "Holt went on to issue a memo instructing …": a plain verb after "to" holds an object opened by an article too
        // (not "to words he has been repeating", where "to" is a preposition, nor "to seeing the sign warning …").
        var verb = words[k - 1].Lower;
        return IsPastTense(words[k - 1]) || InfinitiveBeforeArticle(words, k)
            || verb is "issued" or "sent" or "made" or "put" or "wrote" or "gave" or "released" or "posted" or "ran" or "took"
            or "spent" or "issues" or "sends" or "makes" or "releases" or "posts" or "runs" or "spends";
    }

    internal static int EndOfSegment(string text, List<WordToken> words, int k)
    {
        while (k + 1 < words.Count && !words[k + 1].InQuote && !HasPunctuation(text, words[k].End, words[k + 1].Start, allowBrackets: true))
        {
            k++;
        }

        return k;
    }

    // "said Ann Lee, a lawyer", "said Ann Lee, co-director of the centre", "said Ann Lee, Democrat of Ohio",
    // "said Ann Lee, 45": words that describe the speaker. A participle or a clause opener ("said Lee, adding
    // that", "said Lee, but") starts a new clause instead.
    internal static bool OpensTrailingAppositive(List<WordToken> words, int k)
    {
        var word = words[k];
        if (word.Lower is "a" or "an" or "the" or "who" or "whose" or "his" or "her" or "their" or "its" || word.Text.All(char.IsDigit))
        {
            return true;
        }

        if (word.IsCapitalized)
        {
            // "said Ann Lee, Facebook’s policy director": a possessive name opens a description.
            return SpeakerNameParser.IsTitleWord(word.Text) || AttributionLexicon.Roles.Contains(word.Text)
                || word.IsPossessive
                || word.Text is "Democrat" or "Republican" or "Independent";
        }

        if (word.Lower is "former" or "longtime" or "veteran" or "retired" or "then")
        {
            return true;
        }

        return !AttributionLexicon.ClauseOpeners.Contains(word.Text) && !AttributionLexicon.CueModifiers.Contains(word.Text)
            && !AttributionLexicon.SentenceStarters.Contains(word.Text) && !word.Lower.EndsWith("ing", StringComparison.Ordinal)
            && !word.Lower.EndsWith("ed", StringComparison.Ordinal) && !word.Lower.EndsWith("ly", StringComparison.Ordinal)
            && AttributionLexicon.MatchVerb(words, k) == 0 && !AttributionLexicon.Pronouns.Contains(word.Text);
    }

    /// <summary>
    /// Whether the stretch after a comma at word <paramref name="k"/> describes the speaker before it: a word that opens a
    /// description (<see cref="OpensTrailingAppositive"/>), or a short stretch without a verb that holds a role noun
    /// ("said Ken Sena, managing director at Evercore", "said Bo Lin, CrowdTangle chief executive", "said Ann Lee,
    /// Europe coordinator at the institute"); not a time or place alone ("said Lee, Tuesday", "said Lee, Maine").
    /// </summary>
    internal static bool OpensDescription(string text, List<WordToken> words, int k)
    {
        if (OpensTrailingAppositive(words, k))
        {
            return true;
        }

        var word = words[k];
        if (word.InQuote || AttributionLexicon.ClauseOpeners.Contains(word.Text) || AttributionLexicon.Pronouns.Contains(word.Text)
            || (word.IsCapitalized && AttributionLexicon.SentenceStarters.Contains(word.Text)))
        {
            return false;
        }

        var end = EndOfSegment(text, words, k);
        if (end - k > 9)
        {
            return false;
        }

        // "said Lee, at a press conference": a phrase opened by a preposition tells of the saying, not of the speaker.
        if (!word.IsCapitalized && (AttributionLexicon.SubjectPrepositions.Contains(word.Text) || word.Lower is "in" or "at" or "on" or "during" or "after" or "before" or "to" or "for" or "by" or "from" or "with"))
        {
            return false;
        }

        var role = false;
        for (var i = k; i <= end; i++)
        {
            // The role noun heads the description: it closes it or a phrase ties on ("director of", "analyst at",
            // "director and analyst"); "managing" before it is part of the description, not a verb.
            if (NounPhrase.IsRoleNoun(words[i]) && IsRoleHead(words, i, end))
            {
                role = true;
            }
            else if (!words[i].IsCapitalized && i > k && AttributionLexicon.MatchVerb(words, i) > 0)
            {
                return false;
            }
        }

        return role;
    }

    /// <summary>
    /// Whether the role word at <paramref name="i"/> heads its description, which ends at word <paramref name="end"/>:
    /// it closes the description or a phrase ties on ("director of", "analyst at", "director and analyst"), unlike a
    /// role word that only modifies the noun after it ("a press conference", "the state capitol").
    /// </summary>
    internal static bool IsRoleHead(List<WordToken> words, int i, int end) =>
        i == end || words[i + 1].Lower is "of" or "at" or "for" or "to" or "with" or "in" or "and" or "on";

    // "urged women to vote for Clinton, saying …", "asked the court to dismiss the case": after a verb of asking or
    // urging, the infinitive after the one asked is what was urged, whatever follows it. Not after "tell" ("told the
    // story to reporters"), whose object is what was told.
    private static int? InfinitiveAfterObject(List<WordToken> words, int verb, int first)
    {
        if (!AttributionLexicon.UrgingVerbs.Contains(words[verb].Text))
        {
            return null;
        }

        // "asked if …", "asked how it is … to add …": a question asked, not an infinitive after an object.
        for (var k = first; k + 1 < words.Count && k - first <= 5; k++)
        {
            var w = words[k];
            if (w.InQuote || w.Lower is "that" or "whether" or "if" or "why" or "how" or "what" or "who" or "when" or "where")
            {
                return null;
            }

            if (w.Lower == "to" && k > first)
            {
                // "asking supporters not to stage protests": the negation is part of what was asked.
                var next = words[k + 1];
                var start = words[k - 1].Lower == "not" && k - 1 > first ? words[k - 1].Start : w.Start;
                return !next.InQuote && !next.IsCapitalized && !AttributionLexicon.PhraseOpeners.Contains(next.Text) && !AttributionLexicon.Pronouns.Contains(next.Text)
                    ? start : null;
            }
        }

        return null;
    }

    // Whether only a sentence's closing mark (or the passage's end) follows position i.
    private static bool EndsSentence(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i >= end || text[i] is '.' or '!' or '?';
    }

    // "Holt told a joke.", "the radio told a slightly different tale.": an object headed by a noun of narration within
    // its first four words, closing the sentence, is what was told, not the one it was told to (when more follows, the
    // rules for an object and its adjunct read it: "told a tale of two towns, with …"). Not after the bare "tell"
    // ("Holt needs to tell more jokes"), a telling wished for that says nothing.
    private static bool NamesNarrative(List<WordToken> words, int verb, int first)
    {
        if (words[verb].Lower == "tell")
        {
            return false;
        }

        for (var k = first; k < words.Count && k - first < 4 && !words[k].InQuote; k++)
        {
            if (AttributionLexicon.ToldNarrativeNouns.Contains(words[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "told the crowd he would resign", "warned the harbour board it was too late", "told the crowd the pier would
    // close": a determiner and up to three lower-case words name who was told, and a subject pronoun or a noun phrase
    // with an auxiliary right after them opens the reported clause without "that". Not a narrative told ("told the story he had heard": NamesNarrative, ToldNarrativeNouns).
    private static int? AddresseeBeforeClause(string text, List<WordToken> words, int first)
    {
        if (words[first].Lower is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "my" or "this" or "these" or "those"))
        {
            return null;
        }

        for (var j = first + 2; j < words.Count && j <= first + 4; j++)
        {
            var w = words[j - 1];
            if (w.InQuote || w.IsCapitalized || AttributionLexicon.ToldNarrativeNouns.Contains(w.Text) || !IsSpaceOnly(text, words[j - 2].End, w.Start)
                || AttributionLexicon.ClauseOpeners.Contains(w.Text) || AttributionLexicon.AuxiliaryVerbs.Contains(w.Text)
                || AttributionLexicon.RelativeObjectPronouns.Contains(w.Text) || w.Lower is "who" or "what" or "which" or "whether" or "how" or "why" or "when" or "where"
                || AttributionLexicon.SubjectPrepositions.Contains(w.Text) || w.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }

            // "… he would resign", "… the pier would close" (a noun phrase with an auxiliary after it).
            var opensClause = (AttributionLexicon.SubjectPronouns.Contains(words[j].Text) && words[j].Lower is not "you")
                || (words[j].Lower is "the" or "a" or "an" && OpensZeroThatClause(words, j + 1));
            if (!words[j].InQuote && opensClause && IsSpaceOnly(text, w.End, words[j].Start))
            {
                return w.End;
            }
        }

        return null;
    }

    // "of lying", "of a strike", "of the vote", "of its promise", "of fraud.": a gerund, a determined noun phrase or a
    // noun ending the passage after "of" is the topic; "of state", "of Dover", "of billions of dollars" belong to the
    // noun before.
    private static bool OpensTopicOf(string text, List<WordToken> words, int of, TextRange frame) =>
        of + 1 < words.Count && !words[of + 1].InQuote && !words[of + 1].IsCapitalized
        && (words[of + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || words[of + 1].Lower is "a" or "an" or "the" or "its" or "his" or "her" or "their"
            || HasPunctuation(text, words[of + 1].End, of + 2 < words.Count ? words[of + 2].Start : frame.End));

    private static bool IsOfTopicVerb(WordToken verb) =>
        verb.Lower.StartsWith("accus", StringComparison.Ordinal) || verb.Lower.StartsWith("warn", StringComparison.Ordinal)
        || verb.Lower.StartsWith("remind", StringComparison.Ordinal) || verb.Lower.StartsWith("inform", StringComparison.Ordinal);

    internal static int SkipObject(string text, List<WordToken> words, int first, TextRange frame, int fallback)
    {
        // "warned of a strike", "warned against it": no one is told; what follows is the content.
        if (first < words.Count && !words[first].InQuote && words[first].Lower is "of" or "about" or "against")
        {
            return fallback;
        }

        // "told TASS.", "told reporters on Tuesday that …", "told CNN: “…”", "told Reuters the border was safe"
        if (first < words.Count && !words[first].InQuote)
        {
            var k = first;
            if (words[k].Lower == "the" && k + 1 < words.Count && words[k + 1].IsCapitalized)
            {
                k++;
            }

            if (words[k].IsCapitalized && !AttributionLexicon.Pronouns.Contains(words[k].Text))
            {
                while (k + 1 < words.Count && words[k + 1].IsCapitalized && !words[k + 1].InQuote && IsSpaceOnly(text, words[k].End, words[k + 1].Start))
                {
                    k++;
                }

                return words[k].End;
            }

            // Before "her" is read as the addressee: "told her aides it was over".
            if (AddresseeBeforeClause(text, words, first) is { } addressee)
            {
                return addressee;
            }

            if (words[k].Lower is "reporters" or "journalists" or "him" or "her" or "me" or "us" or "them" or "you" or "lawmakers"
                or "supporters" or "viewers" or "listeners" or "voters" or "colleagues" or "congress" or "parliament" or "senators")
            {
                return words[k].End;
            }
        }

        for (var k = first; k < words.Count && k - first < 7; k++)
        {
            if (words[k].InQuote)
            {
                return k > first ? words[k - 1].End : fallback;
            }

            if (words[k].Lower == "that")
            {
                return words[k].Start;
            }

            // "accused the mayor of lying", "warned the harbour board of a strike", "reminded the pilots of the vote":
            // after a verb of accusing, warning or reminding, the object with the "of" phrase after it is what is
            // attributed, as long as it is (a short one would otherwise run to the full stop and leave nothing); not "of"
            // before a name, which belongs to the object ("warned the mayor of Dover that …"), nor after "ask" or "tell"
            // ("asked the secretary of state").
            if (k > first && words[k].Lower == "of" && first >= 1 && IsOfTopicVerb(words[first - 1]) && OpensTopicOf(text, words, k, frame)
                && !Enumerable.Range(first, k - first).Any(j => AttributionLexicon.SubjectPronouns.Contains(words[j].Text) || AttributionLexicon.AuxiliaryVerbs.Contains(words[j].Text)))
            {
                return fallback;
            }

            var gapEnd = k + 1 < words.Count ? words[k + 1].Start : frame.End;
            if (HasPunctuation(text, words[k].End, gapEnd))
            {
                return words[k].End;
            }
        }

        return fallback;
    }

    // The words between the cue and the colon closing its passage when they open an object of two words at least, not a
    // phrase about the act ("told his audience, to applause:", "said in a statement:"); else null.
    private static TextRange? ObjectBeforeColon(string text, TextRange frame, List<WordToken> words, int afterStart, int afterWord)
    {
        var colon = text.LastIndexOf(':', frame.End - 1, frame.End - afterStart);
        if (colon < afterStart || afterWord + 1 >= words.Count || words[afterWord + 1].Start >= colon || words[afterWord].InQuote
            || !IsSpaceOnly(text, afterStart, words[afterWord].Start) || AttributionLexicon.ObjectGapOpeners.Contains(words[afterWord].Text)
            || words[afterWord].Lower is "to" or "out" or "up" or "back")
        {
            return null;
        }

        // "issued the following statement:", "posted this tweet:": an object pointing ahead stands for the words after
        // the colon, which are the content. A clause opened by "that" is content of its own ("suggested that Holt has the
        // following tasks:").
        for (var k = afterWord; k < words.Count && words[k].Start < colon && words[afterWord].Lower != "that"; k++)
        {
            if (words[k].Lower is "following" or "this" or "these")
            {
                return null;
            }
        }

        var e = TrimEnd(text, words[afterWord].Start, colon);
        return text.AsSpan(words[afterWord].Start, e - words[afterWord].Start).IndexOfAny(',', '“', '"') >= 0 ? null : new TextRange(words[afterWord].Start, e);
    }

    internal static TextRange? ContentFrom(string text, TextRange frame, int start)
    {
        var s = start;
        while (s < frame.End && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ':' or '—' or '–'))
        {
            s++;
        }

        var e = TrimEnd(text, s, frame.End);
        return e - s >= 2 ? new TextRange(s, e) : null;
    }

    internal static TextRange? ContentBefore(string text, TextRange frame, int end)
    {
        var e = end;
        while (e > frame.Start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or '—' or '–'))
        {
            e--;
        }

        var s = frame.Start;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        return e - s >= 2 ? new TextRange(s, e) : null;
    }

    internal static int TrimEnd(string text, int start, int end)
    {
        var e = end;
        while (e > start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ';' or ','))
        {
            e--;
        }

        return e;
    }

    // After an inverted speaker ("said Peskov") only the passage's end, a quote or an appositive may follow.
    // The rest of a clause after a speaker set off by commas inside it ("The pier, said Ann Lee, will reopen in May"): a
    // comma closing the speaker's phrase, then an auxiliary or a form of "be" going on with the clause's subject; null
    // when what follows is not such a predicate.
    private static TextRange? ParentheticalPredicate(string text, List<WordToken> words, TextRange speaker, TextRange frame)
    {
        var gap = text.AsSpan(speaker.End, Math.Max(0, frame.End - speaker.End));
        var trimmed = gap.TrimStart();
        var comma = text[speaker.End - 1] == ',';
        if (!comma && (trimmed.IsEmpty || trimmed[0] != ','))
        {
            return null;
        }

        var next = WordIndex.FirstAtOrAfter(words, speaker.End);
        return next < words.Count && !words[next].InQuote && AttributionLexicon.AuxiliaryVerbs.Contains(words[next].Text)
            ? ContentFrom(text, frame, words[next].Start)
            : null;
    }

    private static bool EndsPassage(string text, int start, int end)
    {
        var rest = text.AsSpan(start, end - start).TrimStart();
        return rest.IsEmpty || rest[0] is '.' or '!' or '?' or ':' or ';' || rest.StartsWith("which ") || rest.StartsWith("who ") || rest.StartsWith("whose ")
            || (rest[0] == ',' && rest[1..].TrimStart() is { Length: > 0 } after && (QuoteMarks.IsQuoteMark(after[0]) || after.StartsWith("who") || after.StartsWith("a ") || after.StartsWith("the ")
                || after.StartsWith("but ") || after.StartsWith("and ") || after.StartsWith("though ") || after.StartsWith("while ")));
    }

    private static bool EndsWithClosingQuote(string text, TextRange range) =>
        range.Length > 0 && text[range.End - 1] is '”' or '"' or '’' or '\'' or '»' or '“';

    internal static bool StartsWithQuote(string text, TextRange range) =>
        range.Length > 0 && text[range.Start] is '“' or '"' or '‘' or '\'' or '«' or '„';

    private static bool HasQuoteAfter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '“' or '"' or '«' or '„' or '‘')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or ':'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool QuoteAdjacent(string text, int quoteEnd, int next) => IsGapOf(text.AsSpan(quoteEnd, next - quoteEnd));

    // "In a changing harbour, pilots still believe in the old pier", "Behind the scenes, aides have talked with the
    // mayor about …", "Although the pier has friends, officials disagree on …": words before the subject's comma that
    // open on a preposition or subordinating conjunction (perhaps after "But") and hold no comma of their own are one
    // phrase telling when, where or despite what the act happened, not a clause the subject reports; a report before a
    // credit has its own subject ("The pier is safe, Holt said in a statement", "Despite the storm, the pier will
    // reopen, Holt said on Monday").
    private static bool IsOpeningPhrase(string text, List<WordToken> words, TextRange phrase)
    {
        var first = WordIndex.FirstAtOrAfter(words, phrase.Start);
        if (first >= words.Count || words[first].Start != phrase.Start || words[first].InQuote || text.AsSpan(phrase.Start, phrase.Length).Contains(','))
        {
            return false;
        }

        if (words[first].Lower is "but" or "and" or "yet" or "so" && first + 1 < words.Count && words[first + 1].End <= phrase.End)
        {
            first++;
        }

        // "Pointing to the report's findings, officials concurred with …", "Thursday night at the convention, he spoke
        // out in favor of …": a participle or a day opening the sentence starts a phrase about the act, not a report,
        // when no finite verb follows in it ("Shifting tides could flood the pier, Holt said" is a clause).
        var opener = words[first];
        var phraseOpener = opener.IsCapitalized && !HoldsFiniteVerb(text, words, phrase)
            && ((opener.Lower.Length > 5 && opener.Lower.EndsWith("ing", StringComparison.Ordinal))
                || (AttributionLexicon.CueTimeWords.Contains(opener.Text) && opener.Lower is not ("a" or "the" or "this" or "two" or "three" or "few" or "several")));
        return opener.Lower is not ("of" or "and" or "to") && (AttributionLexicon.SubordinatingConjunctions.Contains(opener.Text) || AdverbialClause.IsOpener(opener)
            || AttributionLexicon.SubjectPrepositions.Contains(opener.Text) || AttributionLexicon.OpeningPrepositions.Contains(opener.Text) || phraseOpener);
    }

    // "Pilots, the Gazette found, still believe …" runs on; a quote ("Holt said, “…,” before he stopped responding") or an
    // aside in dashes ("Holt - often smiling and whispering …") between the subject and the cue leaves the cue in a
    // clause of its own, whose subject is not the one after the opening phrase.
    private static bool SubjectRunsToCue(string text, int subjectEnd, int cueStart)
    {
        if (subjectEnd > cueStart)
        {
            return false;
        }

        var between = text.AsSpan(subjectEnd, cueStart - subjectEnd);
        return between.IndexOfAny(AsideDashes.Marks) < 0 && between.IndexOfAny(QuoteMarks.Double) < 0 && !between.Contains("''", StringComparison.Ordinal);
    }

    internal static bool CommaAdjacent(string text, int contentEnd, int next)
    {
        var gap = text.AsSpan(contentEnd, next - contentEnd);
        return gap.Contains(',') && IsGapOf(gap);
    }

    // Only spaces (a no-break space too), commas and dashes.
    private static bool IsGapOf(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not (',' or '—' or '–'))
            {
                return false;
            }
        }

        return true;
    }

    // The first word of the cue whose verb is at word verb: it takes in the auxiliaries and adverbs before the verb
    // ("has also said").
    internal static int CueStart(string text, List<WordToken> words, int verb)
    {
        var first = verb;
        while (first - 1 >= 0 && !words[first - 1].InQuote && (IsModifier(words[first - 1]) || SinceAfterAuxiliary(words, first - 1) || DegreeAfterCopula(words, first - 1))
            && IsSpaceOnly(text, words[first - 1].End, words[first].Start))
        {
            first--;
        }

        // "A poll conducted last week found", "A Harbour Gazette poll last week found": the time dating a poll is the
        // source's, not the cue's.
        if (first < verb && first >= 2 && words[first].Lower != "on" && !words[first - 1].InQuote && IsSpaceOnly(text, words[first - 1].End, words[first].Start)
            && (((words[first - 1].Lower == "out" || IsPastTense(words[first - 1])) && AttributionLexicon.PollNouns.Contains(words[first - 2].Text))
                || (AttributionLexicon.PollNouns.Contains(words[first - 1].Text) && IsPollDate(words, first, verb - 1))))
        {
            return verb;
        }

        return first;
    }

    // Whether words[first..last] are a bare time phrase that can date a poll standing right before it: "last week",
    // "this month", "in March", "Tuesday"; not an adverb or an auxiliary ("also", "recently", "has").
    internal static bool IsPollDate(List<WordToken> words, int first, int last)
    {
        if (first > last || last - first > 2 || words[first].Lower == "on" || words[last].Lower is "earlier" or "later" or "recently" or "ago"
            || !(AttributionLexicon.DayWords.Contains(words[last].Text) || AttributionLexicon.TimeWords.Contains(words[last].Text)))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (words[k].InQuote || words[k].Lower is not ("last" or "this" or "in" or "early" or "late"))
            {
                return false;
            }
        }

        return true;
    }

    // "Holt is most proud of", "Vale was far more upbeat about", "the pilots were less confident in": a word of degree
    // after a form of "be" (perhaps after another such word or an adverb) grades the adjective the cue opens with and
    // belongs to the cue; the subject stands before "be" ("was also more welcoming of", "is now more willing to"). Not
    // "Most said" or "more than half said", with no "be" before.
    private static bool DegreeAfterCopula(List<WordToken> words, int k)
    {
        if (!AttributionLexicon.CopulaDegreeWords.Contains(words[k].Lower))
        {
            return false;
        }

        var j = k - 1;
        while (j >= 0 && !words[j].InQuote && !AttributionLexicon.FormsOfBe.Contains(words[j].Lower)
            && (AttributionLexicon.CopulaDegreeWords.Contains(words[j].Lower) || (IsModifier(words[j]) && !AttributionLexicon.AuxiliaryVerbs.Contains(words[j].Text))))
        {
            j--;
        }

        return j >= 0 && !words[j].InQuote && AttributionLexicon.FormsOfBe.Contains(words[j].Lower);
    }

    // "She has since said", "officials have since balked at": "since" after a perfect auxiliary means "since then" and
    // belongs to the cue; elsewhere it opens a clause or a phrase ("the six months since announcing").
    private static bool SinceAfterAuxiliary(List<WordToken> words, int k) =>
        k >= 1 && words[k].Text == "since" && words[k - 1].Lower is "has" or "have" or "had" && !words[k - 1].InQuote;

    // "The Holt family said", "the organiser of a pier rally said": a noun in -ly is no adverb of the cue.
    internal static bool IsModifier(WordToken w) =>
        !w.IsCapitalized && (AttributionLexicon.CueModifiers.Contains(w.Text) || IsLyAdverb(w));

    // "repeatedly", "privately": a word in -ly longer than "only" that is no noun in -ly ("family", "rally").
    internal static bool IsLyAdverb(WordToken w) =>
        w.Lower.EndsWith("ly", StringComparison.Ordinal) && w.Text.Length > 4 && !AttributionLexicon.LyNouns.Contains(w.Text);

    internal static bool IsSpaceOnly(string text, int start, int end) =>
        end <= start || text.AsSpan(start, end - start).IsWhiteSpace();

    // An apostrophe right after a word ending in s and before a space ("Sanders’ aide", "voters' views").
    internal static bool IsPossessiveMark(string text, int start, int end) =>
        start > 0 && start + 1 < end && text[start] is '’' or '\'' && text[start - 1] is 's' or 'S' && char.IsWhiteSpace(text[start + 1]);

    internal static bool HasPunctuation(string text, int start, int end, bool allowBrackets = false)
    {
        if (IsPossessiveMark(text, start, end))
        {
            start++;
        }

        if (IsNameAmpersand(text, start, end) || IsCurrencySign(text, start, end))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c) && !(allowBrackets && c is '(' or ')'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the gap between two words is a space and a currency sign written onto the figure after it ("has given
    /// more than $400 to candidates", "makes £46,344 a year"): the sign belongs to the amount and ends no phrase.
    /// </summary>
    internal static bool IsCurrencySign(string text, int start, int end) =>
        end - start >= 2 && end < text.Length && text[end - 1] is '$' or '£' or '€' && char.IsAsciiDigit(text[end])
        && text.AsSpan(start, end - start - 1).Trim().IsEmpty;

    /// <summary>
    /// Whether the gap between two words is an ampersand set off by spaces between capitalised words, which joins the
    /// parts of one name ("Sadis &amp; Goldberg", "Shaw &amp; Company Research") rather than ending a phrase.
    /// </summary>
    internal static bool IsNameAmpersand(string text, int start, int end) =>
        end - start is >= 3 and <= 5 && start > 0 && end < text.Length && text.AsSpan(start, end - start).Trim() is ['&']
        && char.IsWhiteSpace(text[start]) && char.IsWhiteSpace(text[end - 1]) && char.IsLetterOrDigit(text[start - 1]) && char.IsUpper(text[end]);
}
