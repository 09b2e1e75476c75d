namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verbal cue and its source: the reporting verb at a word <see cref="CueFinder"/> found ("Holt said", "said Holt",
/// "Holt, who chairs the board, said", "Holt told the crowd"), the subject that says it (before the verb, after it, a
/// relative pronoun's antecedent, a subject with its appositive) and the content it reports, read past the words that
/// only date, place or address the saying.
/// </summary>
internal static class VerbalCue
{
    private static readonly System.Buffers.SearchValues<char> CueGapBreakers = System.Buffers.SearchValues.Create(",;:.—–()\"“”");

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

    /// <summary>
    /// The content after a phrase of time or place that opens it ("on Tuesday that the fee will rise" gives "that the fee
    /// will rise"), or the content as it is when no such phrase opens it or nothing follows the phrase.
    /// </summary>
    internal static TextRange AfterOpeningAdverbial(string text, TextRange frame, List<WordToken> words, TextRange content) =>
        StartsWithPreposition(text, content) && !StartsWithInfinitive(text, content) && ContentAfterAdverbial(text, frame, words, content) is { } after
            ? after
            : content;

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
                return ContentBoundary.ContentFrom(text, frame, k > 0 ? words[k - 1].End : content.Start);
            }

            if (words[k].Lower == "that")
            {
                return ContentBoundary.ContentFrom(text, frame, words[k].Start);
            }

            var gapEnd = k + 1 < words.Count ? words[k + 1].Start : frame.End;
            var gap = text.AsSpan(words[k].End, gapEnd - words[k].End);
            if (gap.Contains(':') || gap.Contains(','))
            {
                return k + 1 < words.Count ? ContentBoundary.ContentFrom(text, frame, words[k].End) : null;
            }

            if (words[k].Start - content.Start > 60)
            {
                break;
            }
        }

        return null;
    }

    // "declined to comment", "vowed to fight": "to" and a verb are what the cue attributes, not a phrase about it
    // ("said to reporters"). A verb after "to" is lower case and no determiner or pronoun.
    private static bool StartsWithInfinitive(string text, TextRange content)
    {
        var words = WordTokenizer.Tokenize(text, content.Start, Math.Min(content.End, content.Start + 40));
        return words.Count >= 2 && words[0].Text == "to" && char.IsLower(words[1].Text[0])
            && !AttributionLexicon.PhraseOpeners.Contains(words[1].Text) && !AttributionLexicon.Pronouns.Contains(words[1].Text)
            && !AttributionLexicon.GroupDeterminers.Contains(words[1].Text) && words[1].Lower is not ("reporters" or "journalists" or "voters" or "supporters" or "me" or "us" or "them" or "him" or "what" or "which");
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
        var cueFirst = CueFinder.CueStart(text, words, verb);
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
        if (givenSource is null && source is { } objectPhrase && words[verb].Lower.EndsWith("ing", StringComparison.Ordinal)
            && CueObject.VerbBeforeObject(text, words, objectPhrase) is { } governingVerb && !IsSmallClauseObject(words, governingVerb)
            && (RelativePronounBefore(text, words, WordIndex.FirstAtOrAfter(words, objectPhrase.Start)) ?? SubjectOfGoverningVerb(text, words, governingVerb, objectPhrase, cueFirst)
                ?? SentenceSubject.Of(text, words, cueFirst)) is { } sentenceSubject
            && sentenceSubject.End <= objectPhrase.Start)
        {
            // "The town released a statement saying …": the phrase before the participle is the object of the
            // sentence's verb; whoever released it says it. "Vale, who co-wrote a paper outlining …": in a relative
            // clause the relative pronoun does. "The ferry stopped after the Gazette ran a story detailing …": the
            // subject of the verb that governs the object, not the sentence's first subject.
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
        var borrowed = givenSource is { } given && !(CueFinder.IsSpaceOnly(text, given.End, words[cueFirst].Start) && WordIndex.FirstAtOrAfter(words, given.Start) is var opener
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
            && CueFinder.IsSpaceOnly(text, words[cueFirst - 1].End, words[cueFirst].Start))
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

                    var said = ContentBoundary.ContentFrom(text, frame, opening.End);
                    return said is null ? null : new CueCandidate(cue, opening, said, false);
                }

                var afterQuote = CueFinder.IsClosingMark(before[^1]) || (before.EndsWith(',') && before.Length > 1 && CueFinder.IsClosingMark(before[^2]));
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
                    && ContentBoundary.ContentBefore(text, frame, words[cueFirst].Start) is { } subjectPart && !HoldsFiniteVerb(text, words, aside))
                {
                    return new CueCandidate(cue, aside, new TextRange(subjectPart.Start, predicate.End), false);
                }

                // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested Trump’s refusal … could disqualify him": a
                // clause with a verb of its own after the cue is what was said, never an inverted speaker.
                if (source is null || (!afterQuote && !ContentBoundary.EndsPassage(text, source.Value.End, frame.End)) || HoldsFiniteVerb(text, words, source.Value))
                {
                    return null;
                }
            }
        }

        var afterStart = inverted ? source.Value.End : cue.End;
        var afterWord = inverted ? WordIndex.FirstAtOrAfter(words, source.Value.End) : cueLast + 1;
        if (!inverted && span == 1 && AttributionLexicon.TellVerbs.Contains(words[verb].Text))
        {
            var toldObjectEnd = CueObject.InfinitiveAfterObject(words, verb, cueLast + 1) ?? CueObject.SkipObject(text, words, cueLast + 1, frame, afterStart);
            afterStart = CueObject.NamesNarrative(words, verb, cueLast + 1) && ContentBoundary.EndsSentence(text, toldObjectEnd, frame.End) ? afterStart : toldObjectEnd;
        }

        var tail = text[afterStart..frame.End].Trim();
        if (tail.EndsWith(':') || (tail.Length > 0 && tail.TrimEnd(':', ' ').Length == 0))
        {
            // "The Gazette also noted the relatively sparse attendance:", "Holt listed the qualities a harbour master needs:":
            // an object of the verb before the colon is what it reports; what follows the colon still goes to the source.
            return new CueCandidate(cue, source.Value, CueObject.ObjectBeforeColon(text, frame, words, afterStart, afterWord), true);
        }

        var afterContent = afterWord < words.Count || ContentBoundary.HasQuoteAfter(text, afterStart, frame.End) ? ContentBoundary.ContentFrom(text, frame, afterStart) : null;

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
            afterContent = ContentBoundary.ContentFrom(text, frame, clauseStart);
        }

        // "Holt said, however, that the pier would close": an aside of discourse between commas is no part of the content.
        if (afterContent is { } asided && !inverted && DiscourseAsideAfterCue.ClauseStart(text, asided) is { } afterAside)
        {
            afterContent = ContentBoundary.ContentFrom(text, frame, afterAside);
        }

        // "What Holt said was that the pier was safe": the words after "was" are what was said.
        if (afterContent is not null && !inverted && PseudoCleftReport.ContentStart(words, source.Value, cueLast) is { } cleftStart)
        {
            afterContent = ContentBoundary.ContentFrom(text, frame, cleftStart);
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
            var before0 = ContentBoundary.ContentBefore(text, frame, contentEndBefore);
            var quoteBefore = before0 is { } q0 && ContentBoundary.EndsWithClosingQuote(text, q0) && ContentBoundary.QuoteAdjacent(text, q0.End, contentEndBefore);
            var commaBefore = before0 is { } c0 && ContentBoundary.CommaAdjacent(text, c0.End, contentEndBefore)
                && !(IsOpeningPhrase(text, words, c0) && SubjectRunsToCue(text, source.Value.End, cue.Start));
            afterContent = quoteBefore ? null : ContentAfterAdverbial(text, frame, words, ac0) ?? (commaBefore ? null : afterContent);
        }
        var contentEnd = inverted ? cue.Start : source.Value.Start;
        var beforeContent = ContentBoundary.ContentBefore(text, frame, contentEnd);
        if (afterContent is { } ac1 && !inverted && beforeContent is { } b1 && ContentBoundary.CommaAdjacent(text, b1.End, contentEnd)
            && (CueFinder.IsTimePhrase(text, ac1) || (DatesTheSaying(text, ac1) && text.AsSpan(b1.Start, b1.Length).Trim().Count(' ') >= 2)))
        {
            // "…, the airline said Thursday.": the time phrase belongs to the cue; the content stands before it.
            afterContent = null;
        }

        var beforeEndsWithQuote = beforeContent is { } bc && ContentBoundary.EndsWithClosingQuote(text, bc);
        TextRange? content;
        if (borrowed)
        {
            // The speaker stands away from the cue ("…, adding that …"): only what follows the cue is theirs here.
            content = afterContent;
        }
        else if (beforeEndsWithQuote && ContentBoundary.QuoteAdjacent(text, beforeContent!.Value.End, contentEnd)
            && !(!inverted && afterContent is { } next && !ContentBoundary.StartsWithQuote(text, next) && next.Length >= 12 && text.AsSpan(next.Start, next.Length).Count(' ') >= 2
                && ((ClosesSentence(text, beforeContent.Value) && !text.AsSpan(cue.End, next.Start - cue.End).Contains(','))
                    || !ContentBoundary.StartsWithQuote(text, beforeContent.Value))))
        {
            content = afterContent is { } ac && ContentBoundary.StartsWithQuote(text, ac) ? beforeContent.Value.Union(ac) : beforeContent;
        }
        else if (afterContent is { } ac2 && !inverted
            && !(beforeContent is { } bx && ContentBoundary.CommaAdjacent(text, bx.End, contentEnd) && ClauseJoinedAfterComma(text, cue.End, ac2))
            && !CoordinatedAfterComma(text, cue.End, ac2))
        {
            // "The pier, Holt said, will close on Friday": the subject before the credit is part of what was said.
            content = beforeContent is { } creditSubject && ContentBoundary.CommaAdjacent(text, creditSubject.End, contentEnd) && source.Value.End <= cue.Start
                ? InterruptingCredit.SubjectAcrossCredit(text, creditSubject, afterStart, ac2) ?? afterContent
                : afterContent;
        }
        else if (beforeContent is { } b2 && ContentBoundary.CommaAdjacent(text, b2.End, contentEnd))
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
            && AdjunctAfterObject.Phrase(text, frame, words, cue.End, skipped) is { } governed && !CueFinder.IsTimePhrase(text, governed) && !DatesTheSaying(text, governed))
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
        else if (ownSubjectBefore && CueFinder.IsSpaceOnly(text, source.Value.End, cue.Start)
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
            var closing = ContentBoundary.ClauseEnd(text, cue.End, rc.End);
            if (rc.Start > closing && !CueFinder.IsSpaceOnly(text, cue.End, closing))
            {
                return null;
            }

            var end = ContentBoundary.ClauseEnd(text, rc.Start, rc.End);
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
        if (content is { } sc && ownSubjectBefore && sc.Start >= cue.End && !ContentBoundary.StartsWithQuote(text, sc) && OpensSubordinateClause(words, source.Value))
        {
            var end = ContentBoundary.ClauseEnd(text, sc.Start, sc.End);
            // Quoted words are cut nowhere: a comma inside them ("''the highest, hardest glass ceiling''") closes nothing.
            var quoted = words.Exists(w => w.InQuote && w.End > sc.Start && w.Start < end + 1);
            content = end - sc.Start >= 2 && !quoted ? new TextRange(sc.Start, end) : content;
        }

        // "While most skippers agreed with the plan, the mayor …", "When asked why, Holt said …", "Even as Holt was
        // criticizing Vale, however, she …": a cue in a sentence-opening subordinate clause reports the words before the
        // comma closing that clause; content found past it (after a phrase taken for a time, place or addressee) or running
        // over it is the main clause's. With nothing before the comma ("After Holt testified, the board …") it reports
        // nothing, unless an agentless passive reads its subject below ("Although Vale was not charged, she …").
        if (content is { } oc && !inverted && !ContentBoundary.StartsWithQuote(text, oc)
            && OpeningClauseContent.End(text, words, cueFirst, cueLast) is { } clauseEnd && oc.End > clauseEnd)
        {
            content = ContentBoundary.ContentFrom(text, new TextRange(frame.Start, clauseEnd), oc.Start >= clauseEnd ? cue.End : oc.Start);
        }

        // "Holt studied law at Dover and was nominated to the bench in 2010 by the mayor": a passive in a clause that borrows
        // its subject still names its agent after the complement, who nominated; the borrowed subject is whom it acted on.
        if (borrowed && content is { } borrowedContent && borrowedContent.Start >= cue.End && PassiveCue.IsAgentless(words, cueFirst, verb, span)
            && PassiveCue.AgentAfterComplement(text, words, cueLast, borrowedContent) is { } borrowedAgent && borrowedAgent.ComplementEnd > borrowedContent.Start)
        {
            return new CueCandidate(cue, borrowedAgent.Agent, new TextRange(borrowedContent.Start, borrowedAgent.ComplementEnd), false);
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
            // Nor for "it" before "said" ("where, it is said, the old pier stood"): an empty subject holds no words of
            // its own, and what was said follows the cue. (Before other participles "it" often stands for a thing named
            // before: "It was posted on the pier's site".)
            if (source.Value.End <= cue.Start && words[verb].Lower is not ("asked" or "questioned" or "instructed" or "urged" or "pressed")
                && !(words[verb].Lower == "said" && text.AsSpan(source.Value.Start, source.Value.Length).Equals("it", StringComparison.OrdinalIgnoreCase)) && (last || (!after.InQuote && after.Lower is "on" or "in" or "at" or "during" or "for" or "with"
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

            if (CueFinder.IsPastTense(words[k]))
            {
                return true;
            }

            if (!CueFinder.IsModifier(words[k]) && !words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && words[k].Lower != "then")
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
                && (CueFinder.IsPastTense(words[k]) || words[k].Lower is "said" or "told" or "wrote" or "thought" or "felt" or "knew" or "saw"))
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
        // "…, when she formally announced her deputy, calling …": an adverb before the earlier cue's verb takes no room of
        // the words that cue may hold.
        var adverb = between >= 0 && CueFinder.IsModifier(words[between]) ? 1 : 0;
        return count >= 1 && count - adverb <= 3 && between >= 0 && AttributionLexicon.MatchVerb(words, between) + adverb > 0;
    }

    // "Most pilots were worried, but the mayor said the pier was safe", "she already knew, and most people …": a
    // conjunction after a comma right after the cue opens a clause of its own, so the cue took no words after it. Not
    // at or before a quote ("Holt added, ''But the pier is ours.''", "Holt said, and I quote, “…”").
    private static bool CoordinatedAfterComma(string text, int cueEnd, TextRange after)
    {
        if (text.AsSpan(cueEnd, after.Start - cueEnd).Trim() is not [','] || after.Length < 4 || ContentBoundary.StartsWithQuote(text, after))
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
        if (ContentBoundary.StartsWithQuote(text, after))
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
            || !SpeakerDescription.OpensTrailingAppositive(words, next) || words[next].Lower is "who" or "whose")
        {
            return subject;
        }

        var end = CueFinder.EndOfSegment(text, words, next);
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

        var closing = ContentBoundary.ClauseEnd(text, cueEnd, frameEnd);
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
            && !words.Exists(w => w.Lower == "that") && !ContentBoundary.StartsWithQuote(text, range);
    }

    // "“… gender identity.” Cruz says he is not familiar …": a quote that closes its own sentence is not the
    // content of a cue that goes on with a clause of its own.
    private static bool ClosesSentence(string text, TextRange quoted)
    {
        var inside = text.AsSpan(quoted.Start, quoted.Length).TrimEnd();
        while (inside.Length > 0 && CueFinder.IsClosingMark(inside[^1]))
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
            if (words[k].InQuote || words[k].OpensSentence || CueFinder.HasPunctuation(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }

            if (words[k].Text == "who")
            {
                // "questions on who Cameron would like to see win": after a preposition or a verb "who" asks, and
                // opens no relative clause; "those who left" is a generic group, mostly an object of the main clause.
                var previous = words[k - 1];
                var asks = !CueFinder.HasPunctuation(text, previous.End, words[k].Start)
                    && (AttributionLexicon.ClauseOpeners.Contains(previous.Text) || AttributionLexicon.MatchVerb(words, k - 1) > 0 || previous.Lower == "those");
                return k + 1 < limit && !asks ? words[k].Range : null;
            }
        }

        return null;
    }

    // "The show featured skippers discussing …", "The emails included aides suggesting …", "left the crews wondering
    // …": after a verb that takes an object and a participle telling what it does, the object speaks. Not "have", whose
    // forms are auxiliaries too ("Holt has drawn crowds describing …" is Holt's).
    private static bool IsSmallClauseObject(List<WordToken> words, int verb) =>
        AttributionLexicon.SmallClauseVerbs.Contains(words[verb].Lower) && !AttributionLexicon.AuxiliaryVerbs.Contains(words[verb].Text);

    // The subject right before the verb (with its auxiliaries and adverbs) at word verb, whose object is the phrase
    // before a participle cue: "the Gazette" in "The ferry stopped after the Gazette ran a story detailing …", which
    // the sentence's first subject ("The ferry") is not. Null when no noun phrase ends right before the verb, when the
    // verb is the participle opening the phrase ("carrying signs saying …"), when the object is a name, who speaks for
    // himself ("a speech that included Holt vowing …"), when the verb tells what its object does (small-clause-verbs:
    // "while Holt had skippers writing songs about her", the skippers write), or when the phrase found lies inside the
    // sentence's subject, which then stands in full ("Holt, the harbour master, has drawn crowds describing …").
    private static TextRange? SubjectOfGoverningVerb(string text, List<WordToken> words, int verb, TextRange objectPhrase, int cueFirst)
    {
        var objectFirst = WordIndex.FirstAtOrAfter(words, objectPhrase.Start);
        var first = CueFinder.CueStart(text, words, verb);
        if (verb >= objectFirst || words[objectFirst].IsCapitalized || AttributionLexicon.SmallClauseVerbs.Contains(words[verb].Lower) || first < 1 || SourceBeforeCue.Find(text, words, first) is not { } subject || subject.End > words[first].Start)
        {
            return null;
        }

        return SentenceSubject.Of(text, words, cueFirst) is { } sentenceSubject && sentenceSubject.Start < subject.End && subject.Start < sentenceSubject.End ? sentenceSubject : subject;
    }

    // The source before the nearest past-tense verb left of word limit within its clause ("Cruz knocked Rubio on trade
    // and"), or null when a quote, a punctuation mark or the sentence's start comes first.
    private static TextRange? SubjectOfVerbBefore(string text, List<WordToken> words, int limit)
    {
        for (var k = limit - 1; k > 0 && limit - k <= 12; k--)
        {
            if (words[k].InQuote || words[k].OpensSentence || CueFinder.HasPunctuation(text, words[k].End, words[k + 1].Start))
            {
                return null;
            }

            // "the Khans' deceased son": a participle after a determiner or a possessive is an adjective.
            if (!words[k].IsCapitalized && (CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k])))
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
            || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            return null;
        }

        return SentenceSubject.Of(text, words, k - 1) is { } subject && subject.End <= words[k - 1].Start ? subject : null;
    }

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
            ? ContentBoundary.ContentFrom(text, frame, words[next].Start)
            : null;
    }

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
}
