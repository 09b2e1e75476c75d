namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Cues that report a question or a judgement without naming who holds it: a sentence opening on "Asked" ("Asked on Fox
/// News who leads, …", unless "by" names the asker; "pressed" and "questioned" alike, questioning-participles.txt) and
/// "seems", "appears" or "is expected to" ("The bill seems unlikely to pass", "The bill is expected to pass"), whose
/// content runs from the subject to the clause's end. The cue is its own source (<see cref="CueCandidate.IsSourceless"/>).
/// </summary>
internal static class SourcelessCue
{
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote)
            {
                continue;
            }

            if (AttributionLexicon.QuestioningParticiples.Contains(w.Lower) && (k == 0 || (k == 1 && words[0].Lower is "when" or "if" or "once") || AskedInClause(text, words, k)) && k + 1 < words.Count)
            {
                var first = k + 1;
                TextRange? asker = null;
                // "Rubio was asked by the moderator whether …", "When asked by a reporter whether …": the agent asked (the
                // passive rule leaves verbs of telling and asking, whose object stands before what was said, to this one).
                if (words[first].Lower == "by" && SourceAfterCue.Find(text, words, first + 1) is { } by)
                {
                    asker = by;
                    first = WordIndex.FirstAtOrAfter(words, by.End);
                }

                // "When pressed by reporters, Holt did apologize to …": a comma after the asker closes the passive phrase,
                // and a word after it belongs to the main clause, not to a question.
                var closed = asker is { } named && first < words.Count && CueFinder.HasPunctuation(text, named.End, words[first].Start);
                // "Asked on Fox News who leads", "Asked at a briefing Monday about …": a short adverbial may come first.
                var question = first;
                while (question < words.Count && question - first < 8 && !words[question].InQuote
                    && words[question].Lower is not ("if" or "whether" or "about" or "what" or "how" or "why" or "who" or "whom" or "which" or "when" or "to")
                    && (question == first || !CueFinder.HasPunctuation(text, words[question - 1].End, words[question].Start)))
                {
                    question++;
                }

                if (question > first && question < words.Count && !CueFinder.HasPunctuation(text, words[question - 1].End, words[question].Start))
                {
                    first = question;
                }

                if (closed || first >= words.Count || words[first].InQuote || words[first].Lower is not ("if" or "whether" or "about" or "what" or "how" or "why" or "who" or "whom" or "which" or "when" or "to"))
                {
                    // "When pressed by reporters, Holt did apologize": a passive that names its asker but no question
                    // reports nothing, and the main clause's subject was the one pressed, never the one who pressed.
                    if (asker is not null)
                    {
                        found.RemoveAll(c => c.Cue.Overlaps(new TextRange(w.Start, w.End)));
                    }

                    continue;
                }

                var comma = text.IndexOf(',', words[first].Start, frame.End - words[first].Start);
                var end = comma < 0 ? ContentBoundary.TrimEnd(text, words[first].Start, frame.End) : comma;
                if (end - words[first].Start < 4)
                {
                    continue;
                }

                var content = new TextRange(words[first].Start, end);
                // "was asked", "has been asked": the auxiliaries of the passive belong to the cue.
                var cueFirst = k;
                while (cueFirst > 1 && words[cueFirst - 1].Lower is "was" or "were" or "is" or "are" or "been" or "being" or "be" or "has" or "have" or "had"
                    or "first" or "also" or "repeatedly" or "even" or "never" or "not" or "often" or "then" or "later"
                    && !words[cueFirst - 1].InQuote && CueFinder.IsSpaceOnly(text, words[cueFirst - 1].End, words[cueFirst].Start))
                {
                    cueFirst--;
                }

                var cue = new TextRange(words[cueFirst].Start, words[k].End);
                // "he was asked what happened", "…,” Lee said when asked about the plan: the question replaces a reading
                // that took the words before "asked" for what was said, or its subject for the asker. So at the start of
                // a sentence: in "When asked whether the pier is safe, Holt said …" Holt answered, and asked nothing.
                found.RemoveAll(c => c.Cue.Overlaps(cue));
                found.Add(asker is { } a ? new CueCandidate(cue, a, content, false) : new CueCandidate(cue, cue, content, false) { IsSourceless = true });
                continue;
            }

            // "When urged by the board, Vale agreed …", "If backed by the council, …": a participle with its agent after
            // a subordinator opening the sentence is a passive whose subject is left out; the main clause's subject was
            // urged, and the "by" phrase is no content of hers.
            if (k == 1 && k + 1 < words.Count && !words[0].InQuote && AttributionLexicon.SubordinatingConjunctions.Contains(words[0].Lower)
                && words[k + 1].Lower == "by" && !words[k + 1].InQuote && CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start))
            {
                found.RemoveAll(c => c.Cue.Overlaps(new TextRange(w.Start, w.End)) && c.Content is { } said && said.Start == words[k + 1].Start);
            }

            var seems = w.Lower is "seem" or "seems" or "seemed" or "appear" or "appears" or "appeared";
            var expected = w.Lower == "expected" && k > 0 && words[k - 1].Lower is "is" or "are" or "was" or "were" or "not" or "be" or "been" or "widely";
            // "Holt is said to be furious", "It was said that the pier would close": hearsay with no one to hold it; the
            // subject is what is said, not who said it ("Holt was said by aides to be …" names them, and is left alone).
            var hearsay = w.Lower == "said" && k > 0 && words[k - 1].Lower is "is" or "are" or "was" or "were" or "been" or "being" or "widely";
            // "an aide accused of leaking the plan", "two clerks charged with fraud": a reduced passive right after a noun
            // phrase names who is accused, not who accuses ("Holt accused Vale of lying" has an object first; "whom she
            // accused of lying" has a pronoun subject, the accuser).
            var charge = k > 0 && k + 1 < words.Count && AttributionLexicon.ReducedPassiveCharges.Contains(w.Lower + " " + words[k + 1].Lower)
                && !words[k - 1].InQuote && !CueFinder.IsModifier(words[k - 1]) && !AttributionLexicon.SubjectPronouns.Contains(words[k - 1].Lower)
                && words[k - 1].Lower is not ("who" or "whom" or "that" or "which" or "being" or "been" or "get" or "got" or "gets" or "getting")
                && CueFinder.IsSpaceOnly(text, words[k - 1].End, w.Start);
            if ((!seems && !expected && !hearsay && !charge) || k + 1 >= words.Count || k == 0 || words[k + 1].InQuote)
            {
                continue;
            }

            var next = words[k + 1].Lower;
            // "appeared on CNN", "appeared in court": appearing somewhere is no judgement; "seems unlikely", "appears to be".
            var gapAfter = text.AsSpan(w.End, words[k + 1].Start - w.End);
            // After "it" ("it is said the pier …") the clause may follow without "that".
            if (!charge && (hearsay ? (next is not ("to" or "that") && (k < 2 || words[k - 2].Lower != "it")) || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start)
                : expected ? next != "to" : (words[k + 1].IsCapitalized || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start) || gapAfter.Contains('\n')
                || next is "on" or "in" or "at" or "before" or "with" or "alongside" or "together" or "onstage" or "briefly" or "live" or "during"
                    or "from" or "for" or "after" or "and" or "or" or "but" or "that" or "this" or "the" or "a" or "an" or "his" or "her" or "their")))
            {
                continue;
            }

            // "Rubio seemed to urge the opposite tactic", "She appeared to imply that …": a verb of saying or stance after
            // "seem to" is the subject's own act, hedged; PolNeAR credits it to the subject with what follows the verb.
            // Not "seems to be", "appears to have" (a judgement on the subject, below). So is one foretold: "Holt is
            // expected to announce on Tuesday that the fee will rise" is Holt's announcement, to come.
            // The cue of "expected" opens on its "is", and the subject stands before that; only a verb reporting a clause
            // makes it the subject's words ("The leaders were expected to discuss the war", "to support her" stay
            // forecasts about them, as PolNeAR marks them).
            var hedgeFirst = expected && AttributionLexicon.FormsOfBe.Contains(words[k - 1].Lower) ? k - 1 : k;
            if ((seems || (expected && k + 2 < words.Count && RestrictiveRelativeClause.IsClauseVerb(words[k + 2]))) && next == "to" && k + 2 < words.Count && !words[k + 2].InQuote && words[k + 2].Lower is not ("be" or "have")
                && CueFinder.IsSpaceOnly(text, words[k + 1].End, words[k + 2].Start)
                && AttributionLexicon.MatchVerb(words, k + 2) is > 0 and var verbSpan && k + 1 + verbSpan < words.Count
                && SourceBeforeCue.Find(text, words, hedgeFirst) is { } holder
                && ContentBoundary.ContentFrom(text, frame, words[k + 1 + verbSpan].End) is { } hedged)
            {
                var hedgedCue = new TextRange(words[hedgeFirst].Start, words[k + 1 + verbSpan].End);
                if (expected)
                {
                    // The reading of "expected" alone, whose content held the subject and the verb, gives way.
                    found.RemoveAll(c => c.Cue.Overlaps(hedgedCue));
                }

                if (!CueFinder.AnyCueOverlaps(found, hedgedCue))
                {
                    // "seemed to say on Tuesday that …": the day dates the saying; what was said follows "that".
                    found.Add(new CueCandidate(hedgedCue, holder, VerbalCue.AfterOpeningAdverbial(text, frame, words, hedged), false) { AttributesQuotes = false });
                }

                continue;
            }

            // The content runs from the subject to the end of the clause.
            var start = SubjectStartBefore(text, words, k);
            var clauseEnd = ContentBoundary.TrimEnd(text, words[k + 1].Start, frame.End);
            var semicolon = text.IndexOf(';', words[k + 1].Start, clauseEnd - words[k + 1].Start);
            if (semicolon > 0)
            {
                clauseEnd = semicolon;
            }

            // "While no skipper seems willing to back the plan, few are calling for …", "But if she seemed to waver, her
            // crews …": a judgement inside a sentence-opening subordinate clause ends with that clause; the main clause
            // after its comma is no part of it.
            if (OpeningClauseContent.End(text, words, k, k) is { } openingEnd && openingEnd < clauseEnd)
            {
                clauseEnd = ContentBoundary.TrimEnd(text, words[k].End, openingEnd);
            }

            clauseEnd = ElaborationStart(text, words, k, clauseEnd);

            var cueRange = new TextRange(words[k].Start, words[k].End);
            if (expected || hearsay || charge)
            {
                // "The bill is expected to pass": the subject is what is expected, not who expects it (so with "said").
                for (var i = found.Count - 1; i >= 0; i--)
                {
                    if (found[i].Cue.Overlaps(cueRange))
                    {
                        found.RemoveAt(i);
                    }
                }
            }

            if (start < clauseEnd && !CueFinder.AnyCueOverlaps(found, cueRange))
            {
                found.Add(new CueCandidate(cueRange, cueRange, new TextRange(start, clauseEnd), false) { IsSourceless = true });
            }
        }
    }

    // "Lee said when asked about …", "Lee said, asked whether …", "he was asked what …", "she has been asked to …": a
    // question put to someone, inside a sentence, after "when", "after", "once" or "if", after a comma, or as a passive
    // (whose subject was asked, and so is no source).
    private static bool AskedInClause(string text, List<WordToken> words, int k)
    {
        var previous = words[k - 1];
        if (previous.InQuote)
        {
            return false;
        }

        // After a comma only when a cue precedes it ("McCain said, asked about …"): "Ann Lee, an aide, asked whether …"
        // names who asked.
        if (previous.Lower is "when" or "once" or "after" or "if" or "while"
            || (text.AsSpan(previous.End, words[k].Start - previous.End).Trim() is [','] && AttributionLexicon.MatchVerb(words, k - 1) > 0))
        {
            return true;
        }

        var auxiliary = previous.Lower is "first" or "also" or "repeatedly" or "even" or "never" or "not" or "often" or "then" or "later" && k >= 2 ? words[k - 2] : previous;
        return auxiliary.Lower is "was" or "were" or "is" or "are" or "been" or "being" or "be" or "wasn’t" or "wasn't" or "weren’t" or "weren't";
    }

    // "The tool kit has appeared to fail him: he earned no reprieve …", "Twitter appears to be used by the group - so
    // much so that …", "The race appears closer in Ohio, with some polls indicating that …": a colon or a dash set off
    // by spaces opens an elaboration of the judgement, and ", with" a phrase of circumstance; both are the writer's, not
    // part of what seems. Where the first of them stands after the cue at word <paramref name="cue"/>, or the clause end.
    private static int ElaborationStart(string text, List<WordToken> words, int cue, int clauseEnd)
    {
        for (var j = cue + 2; j < words.Count && words[j].Start < clauseEnd; j++)
        {
            if (words[j - 1].InQuote || words[j].InQuote)
            {
                continue;
            }

            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            var dash = gap.IndexOfAny(AsideDashes.Marks) >= 0 && gap.IndexOfAny(' ', '\u00a0') >= 0;
            if (gap.Contains(':') || dash || (gap.Trim() is [','] && words[j].Lower == "with"))
            {
                return words[j - 1].End;
            }
        }

        return clauseEnd;
    }

    // Where the subject of the verb at index verb starts: the noun phrase right before it (after auxiliaries), or the verb.
    private static int SubjectStartBefore(string text, List<WordToken> words, int verb)
    {
        var last = verb - 1;
        while (last >= 0 && !words[last].InQuote && CueFinder.IsModifier(words[last]) && CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
        {
            last--;
        }

        if (last < 0 || words[last].InQuote || !CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
        {
            return words[verb].Start;
        }

        var first = NounPhrase.Start(text, words, last);
        return first >= 0 ? words[first].Start : words[verb].Start;
    }
}
