using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Reporting-verb forms that, where they stand, report nothing: a phrase that means something else (<c>showed up in
/// Portland</c>, <c>finds its way</c>), a noun for a result (<c>his strong showing in Iowa</c>) or a programme (<c>a talk
/// show host</c>), a verb of saying before a plain object rather than a clause (<c>maintained his double-digit lead</c>),
/// <c>called</c> or <c>named</c> naming a thing introduced by an indefinite article (<c>a new group called Black Votes
/// Matter</c>), a noun or credit after a word listed with it (<c>Additional reporting by</c>, <c>campaign finance
/// reports</c>), a reporter's credit line (<c>Lerer reported from Los Angeles.</c>) and a figure falling (<c>fees declined
/// to $281 million</c>), adding to an amount (<c>adding to her lead</c>), a poll's noun (<c>has backing from 33
/// percent</c>), a stance question put to the reader (<c>Do you support Nora Vale?</c>), an impersonal judgement
/// (<c>it is safe to say</c>), a word of saying heading its sentence's subject (<c>One tweet said …</c>), a visit's "see"
/// (<c>went to see the pier</c>, VisitSeeing) and "charge" asking a price (<c>charged a $900 fee</c>, PriceCharging) and an adviser's work (<c>advises big harbours on
/// mergers</c>, AdviserWork), a passive "called" with nothing after it (<c>after the race was called</c>,
/// BareCalledPassive), a fall (<c>fees declined by 5 percent</c>, FallingDecline) and a contest's margin (<c>the
/// county was decided by less than one point</c>, DecidedByMargin) and a loud act with no words (<c>the protester
/// yelled and held up a banner</c>, LoudActWithoutWords) and a contest settled (<c>coins decided a tight race</c>,
/// DecidingContest) and the aside that says why a source is unnamed (<c>who spoke on condition of anonymity</c>, <c>not
/// authorized to discuss the talks</c>, AnonymityAside) and the noun "states" before a relative clause (<c>the four
/// states that vote next week</c>, StateNounBeforeRelative).
/// Whichever rule took such a word for a cue, the cue is dropped. The words are data:
/// <c>non-speech-verb-phrases.txt</c>, <c>cue-result-nouns.txt</c>, <c>show-noun-modifiers.txt</c>,
/// <c>clause-only-verbs.txt</c>, <c>non-speech-words-before.tsv</c>, <c>question-auxiliaries.txt</c>,
/// <c>impersonal-say-adjectives.txt</c>.
/// </summary>
internal static class NonSpeechReading
{
    private const int MaxModifiersBeforeNoun = 3;

    private const int MaxWordsBeforeCalled = 5;

    // In non-speech-verb-phrases.txt, a word that opens a noun phrase (phrase-openers.txt: "the", "a", "his" …):
    // "added to <np>" reads "added to the confusion", "adding to her lead".
    private const string NounPhraseOpenerSlot = "<np>";

    private static readonly string[][] Phrases = [.. Lexicon.Lines("Lexicons/non-speech-verb-phrases.txt")
        .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 1)];

    private static readonly FrozenSet<string> ResultNouns = Lexicon.Lines("Lexicons/cue-result-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ShowModifiers = Lexicon.Lines("Lexicons/show-noun-modifiers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FrozenSet<string>> WordsBefore = Lexicon.Lines("Lexicons/non-speech-words-before.tsv")
        .Select(l => l.Split('\t'))
        .Where(parts => parts.Length == 2)
        .ToFrozenDictionary(
            parts => parts[0].Trim().ToLowerInvariant(),
            parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);

    private static readonly FrozenSet<string> SingleNounDeterminers = Lexicon.Lines("Lexicons/single-noun-determiners.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOnlyVerbs = Lexicon.Lines("Lexicons/clause-only-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ImpersonalSayAdjectives = Lexicon.Lines("Lexicons/impersonal-say-adjectives.txt").ToFrozenSet(StringComparer.Ordinal);

    // Words that open the clause a verb of saying reports without "that" ("maintains he did nothing wrong").
    private static readonly FrozenSet<string> ClauseSubjects = new[]
    {
        "that", "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Auxiliaries that open a yes-or-no question ("Do you support …?").
    private static readonly FrozenSet<string> QuestionAuxiliaries = Lexicon.Lines("Lexicons/question-auxiliaries.txt").ToFrozenSet(StringComparer.Ordinal);

    // Indefinite words that introduce a thing a name is then given to ("a firm called …", "one PAC called …").
    private static readonly FrozenSet<string> Introducers = new[] { "a", "an", "one", "another" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Drops the cues of <paramref name="found"/> whose verb, read in <paramref name="words"/>, reports nothing; a colon or
    /// dash cue (one character) and a lead-in are no verb.
    /// </summary>
    public static void Remove(string text, List<WordToken> words, List<CueCandidate> found) =>
        found.RemoveAll(c => !c.IsLeadIn && c.Cue.Length > 1 && LastWordOf(words, c.Cue) is var k && k >= 0
            && (ReportsNothing(text, words, k) || OpensPhraseOfVerbWithParticle(words, c.Cue, k)));

    // "went on the offensive": a cue of a verb and its particle ("went on") opens a phrase at its verb, before the last word.
    private static bool OpensPhraseOfVerbWithParticle(List<WordToken> words, TextRange cue, int last)
    {
        var first = WordIndex.FirstAtOrAfter(words, cue.Start);
        return first < last && first == last - 1 && OpensPhrase(words, first);
    }

    /// <summary>Whether the verb form at word <paramref name="k"/> of <paramref name="words"/> reports nothing where it stands.</summary>
    public static bool ReportsNothing(string text, List<WordToken> words, int k) =>
        OpensPhrase(words, k) || IsResultNoun(text, words, k) || IsProgramme(text, words, k) || HoldsPlainObject(text, words, k) || NamesThing(text, words, k)
        || AfterCreditWord(text, words, k) || IsReporterCredit(text, words, k) || IsFallInFigure(words, k) || IsSentenceAdverbial(text, words, k)
        || IsStanceQuestionToReader(text, words, k) || IsImpersonalJudgement(words, k) || IsNounByItsDeterminer(text, words, k)
        || IsSubjectHeadBeforeVerb(text, words, k) || IsBracketedPrompt(text, words, k) || IsFutureSeeing(words, k)
        || VisitSeeing.Applies(text, words, k) || PriceCharging.Applies(text, words, k) || AdviserWork.Applies(text, words, k)
        || BareCalledPassive.Applies(text, words, k) || IsAsWeKnowIt(words, k) || FallingDecline.Applies(text, words, k)
        || DecidedByMargin.Applies(text, words, k) || LoudActWithoutWords.Applies(text, words, k)
        || DecidingContest.Applies(text, words, k) || AnonymityAside.Applies(words, k) || StateNounBeforeRelative.Applies(text, words, k);

    // "the skippers would see a 50 percent rise in fees", "a typical voter will see the ad ten times", "we'll see what
    // happens": "see" after "will" or "would" (perhaps with an adverb in -ly between) tells what is to befall someone,
    // not a view reported (PolNeAR train: "will see", "would see" and "'ll see" 32 times, never a cue).
    private static bool IsFutureSeeing(List<WordToken> words, int k)
    {
        if (words[k].Lower != "see" || words[k].InQuote || k < 1)
        {
            return false;
        }

        var modal = words[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && k >= 2 ? words[k - 2] : words[k - 1];
        return !modal.InQuote && (modal.Lower is "will" or "would" || modal.Lower.EndsWith("'ll", StringComparison.Ordinal)
            || modal.Lower.EndsWith("’ll", StringComparison.Ordinal));
    }

    // "the harbour as we know it", "a GOP, as we now know it, …": the set phrase "as we know it" says what a thing is
    // like now; nobody's knowledge is reported (PolNeAR train: 4 times, never a cue).
    private static bool IsAsWeKnowIt(List<WordToken> words, int k)
    {
        if (words[k].Lower is not ("know" or "knew") || words[k].InQuote || k < 2 || k + 1 >= words.Count || words[k + 1].Lower != "it")
        {
            return false;
        }

        var pronoun = words[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal) || words[k - 1].Lower == "now" ? k - 2 : k - 1;
        return pronoun >= 1 && words[pronoun].Lower is "we" or "you" or "they" && words[pronoun - 1].Lower == "as" && !words[pronoun - 1].InQuote;
    }

    // "a long-shot candidate (think Nora Vale in the 1996 race) can still win": a bare "think" opening a bracket bids
    // the reader call an example to mind; it reports nobody's thought.
    private static bool IsBracketedPrompt(string text, List<WordToken> words, int k) =>
        words[k].Lower == "think" && !words[k].InQuote && words[k].Start > 0 && text[words[k].Start - 1] is '(' or '[';

    // A lower-case word that is no verb, pronoun or word opening a clause ("subsequent", "early").
    private static bool IsDescribingWord(List<WordToken> words, int i) =>
        !words[i].IsCapitalized && !words[i].InQuote && !AttributionLexicon.ClauseOpeners.Contains(words[i].Lower)
        && !AttributionLexicon.Pronouns.Contains(words[i].Lower) && AttributionLexicon.MatchVerb(words, i) == 0;

    // "In another tweet, Holt called …", "in a subsequent post, Vale said …": a word naming a speech occasion, in its bare
    // form, after a preposition and a determiner of one thing (single-noun-determiners.txt), perhaps with one describing
    // word between, and closing its phrase at a comma, is a singular noun, not a verb whose subject the determiner could
    // be; the verb of the sentence then finds the speaker. Without the preposition and the comma a bare form may be a
    // verb ("in each state say", "a source said").
    private static bool IsNounByItsDeterminer(string text, List<WordToken> words, int k)
    {
        var word = words[k];
        if (k < 2 || k + 1 >= words.Count || word.IsCapitalized || word.InQuote || !SourcePhrase.IsOccasion(word)
            || word.Lower.EndsWith('s') || word.Lower.EndsWith("ed", StringComparison.Ordinal) || word.Lower.EndsWith("ing", StringComparison.Ordinal)
            || text.AsSpan(word.End, words[k + 1].Start - word.End).Trim() is not [','])
        {
            return false;
        }

        var determiner = k - 1;
        if (!SingleNounDeterminers.Contains(words[determiner].Lower) && IsDescribingWord(words, determiner))
        {
            determiner--;
        }

        return determiner >= 1 && SingleNounDeterminers.Contains(words[determiner].Lower) && !words[determiner].InQuote && !words[determiner - 1].InQuote
            && AttributionLexicon.SubjectPrepositions.Contains(words[determiner - 1].Lower) && words[determiner - 1].Lower != "and"
            && Enumerable.Range(determiner, k - determiner + 1).All(i => CueFinder.IsSpaceOnly(text, words[i - 1].End, words[i].Start));
    }

    // "One tweet said the pier was closed", "One protest organizer says …": a word of saying after a determiner (perhaps
    // with a describing word) that opens the sentence, followed at once by a verb of saying in the past ("said", "told",
    // "quoted") or by "says", is the head of the sentence's subject, not its verb; that verb then reports, and the
    // subject is its source. After "a", "an", "one" or "another" one more noun may stand before the verb ("One protest
    // organizer says"). "Some say they …", "Many fear Holt will …", "Another tweeted, …", "Several pilots announced
    // support" keep their cue: a past form is no noun, and a bare verb after the word may be its object ("support").
    private static bool IsSubjectHeadBeforeVerb(string text, List<WordToken> words, int k)
    {
        var word = words[k];
        if (k < 1 || k + 1 >= words.Count || word.IsCapitalized || word.InQuote || CueFinder.IsPastTense(word) || CueFinder.IsIrregularPast(word)
            || word.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var opener = k - 1;
        if (opener >= 1 && IsDescribingWord(words, opener) && !OpensSentenceOrLine(text, words, opener))
        {
            opener--;
        }

        var lower = words[opener].Lower;
        if (!OpensSentenceOrLine(text, words, opener) || words[opener].InQuote
            || (!SingleNounDeterminers.Contains(lower) && !AttributionLexicon.GroupDeterminers.Contains(lower) && !Introducers.Contains(lower)))
        {
            return false;
        }

        var verb = k + 1;
        if (Introducers.Contains(lower) && verb + 1 < words.Count && IsDescribingWord(words, verb) && AttributionLexicon.MatchVerb(words, verb + 1) > 0)
        {
            verb++;
        }

        var next = words[verb];
        return AttributionLexicon.MatchVerb(words, verb) > 0 && !next.InQuote && !next.IsCapitalized
            && (CueFinder.IsPastTense(next) || CueFinder.IsIrregularPast(next) || next.Lower is "said" or "says" or "told")
            && Enumerable.Range(opener + 1, verb - opener).All(i => CueFinder.IsSpaceOnly(text, words[i - 1].End, words[i].Start));
    }

    // "Do you support the harbour plan?", "Would you back Nora Vale?": a yes-or-no question putting a stance to the
    // reader reports no one's stance; the question opens its sentence with the auxiliary and "you" and ends with "?".
    private static bool IsStanceQuestionToReader(string text, List<WordToken> words, int k)
    {
        if (k < 2 || !AttributionLexicon.StanceVerbs.Contains(words[k].Lower) || words[k - 1].Lower != "you"
            || !QuestionAuxiliaries.Contains(words[k - 2].Lower) || !OpensSentenceOrLine(text, words, k - 2) || words[k - 2].InQuote)
        {
            return false;
        }

        var end = k + 1;
        while (end < words.Count && !words[end].OpensSentence && !text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains('\n'))
        {
            end++;
        }

        var close = text.IndexOf('?', words[k].End);
        return close >= 0 && (end >= words.Count || close < words[end].Start);
    }

    // Whether word k of words opens a sentence or a line (the first word of a passage is not flagged as opening one).
    private static bool OpensSentenceOrLine(string text, List<WordToken> words, int k) =>
        k == 0 || words[k].OpensSentence || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(".?!\n") >= 0;

    // How far before the adjective the "it" of an impersonal judgement may stand ("it is absolutely fair to say").
    private const int MaxWordsBeforeJudgement = 3;

    // "it is safe to say he meant the border", "it is too soon to say whether …": "say" after "to" and an adjective
    // weighing whether a thing could be said, with "it" for subject, reports nobody's words. With the judged words for
    // subject ("Whether the plan works is hard to say") the phrase is a sourceless cue of them and stays.
    private static bool IsImpersonalJudgement(List<WordToken> words, int k)
    {
        if (words[k].Lower != "say" || k < 3 || words[k - 1].Lower != "to" || words[k - 1].InQuote || words[k - 2].InQuote
            || !ImpersonalSayAdjectives.Contains(words[k - 2].Lower))
        {
            return false;
        }

        for (var j = k - 3; j >= 0 && j >= k - 3 - MaxWordsBeforeJudgement; j--)
        {
            if (words[j].Lower is "it" or "it's" or "it’s")
            {
                return true;
            }
        }

        return false;
    }

    // "That said, a loss here would hurt her", "All told, 5 million people could qualify": a verb form after a word
    // opening the sentence and before its comma is a set phrase joining the sentence to the last, not a report.
    private static bool IsSentenceAdverbial(string text, List<WordToken> words, int k) =>
        k > 0 && k + 1 < words.Count && !words[k - 1].InQuote && (k == 1 || words[k - 1].OpensSentence)
        && ((words[k - 1].Lower == "that" && words[k].Lower == "said") || (words[k - 1].Lower == "all" && words[k].Lower == "told"))
        && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start) && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).TrimStart().StartsWith(",");

    // The index of the last word inside the cue's range (the verb of "has repeatedly maintained"), or -1.
    private static int LastWordOf(List<WordToken> words, TextRange cue)
    {
        var k = WordIndex.FirstAtOrAfter(words, cue.End) - 1;
        return k >= 0 && words[k].Start >= cue.Start && words[k].End <= cue.End && !words[k].InQuote ? k : -1;
    }

    private static bool OpensPhrase(List<WordToken> words, int k)
    {
        foreach (var phrase in Phrases)
        {
            if (k + phrase.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < phrase.Length && match; i++)
            {
                match = !words[k + i].InQuote && (words[k + i].Lower == phrase[i] || (phrase[i] == NounPhraseOpenerSlot && AttributionLexicon.PhraseOpeners.Contains(words[k + i].Lower)));
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    // "a strong showing in South Carolina", "Clinton's showing in the state from 2008", "his unexpectedly strong showing,":
    // a possessor or determiner and its describing words before, a preposition or a mark after.
    private static bool IsResultNoun(string text, List<WordToken> words, int k)
    {
        if (!ResultNouns.Contains(words[k].Lower))
        {
            return false;
        }

        var nounFollows = k + 1 >= words.Count
            || (!words[k + 1].InQuote && (!CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start)
                || (AttributionLexicon.SubjectPrepositions.Contains(words[k + 1].Lower) && words[k + 1].Lower is not ("to" or "and" or "like" or "about"))));
        if (!nounFollows)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 1 - MaxModifiersBeforeNoun; j--)
        {
            var w = words[j];
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start))
            {
                return false;
            }

            if (w.IsPossessive || text.AsSpan(w.End - 1, 1) is "’" or "'" || (AttributionLexicon.PhraseOpeners.Contains(w.Lower) && w.Lower is not ("that" or "this")))
            {
                return true;
            }

            // A describing word stands in lower case and is no verb, auxiliary or pronoun ("strong", "second-place").
            if (w.IsCapitalized || AttributionLexicon.ClauseOpeners.Contains(w.Lower) || AttributionLexicon.Pronouns.Contains(w.Lower)
                || AttributionLexicon.CueModifiers.Contains(w.Lower) || AttributionLexicon.MatchVerb(words, j) > 0)
            {
                return false;
            }
        }

        return false;
    }

    // "fees from advising clients declined to $281 million in 2014", "declined 5 percent": a figure falling, not a refusal.
    private static bool IsFallInFigure(List<WordToken> words, int k)
    {
        if (words[k].Lower != "declined" || k + 1 >= words.Count)
        {
            return false;
        }

        var next = words[k + 1];
        var figure = next.Lower is "to" or "by" or "from" && k + 2 < words.Count ? words[k + 2] : next;
        return !figure.InQuote && figure.Text.Length > 0 && (char.IsAsciiDigit(figure.Text[0]) || figure.Text[0] == '$');
    }

    // "(Additional reporting by …", "with all precincts reporting", "campaign finance reports"; not a name ending on
    // such a word, "CBS News reports that …".
    private static bool AfterCreditWord(string text, List<WordToken> words, int k) =>
        k > 0 && WordsBefore.TryGetValue(words[k].Lower, out var before) && before.Contains(words[k - 1].Lower) && !words[k - 1].InQuote
        && (!words[k - 1].IsCapitalized || words[k - 1].OpensSentence || words[k - 1].Start == 0 || text[words[k - 1].Start - 1] == '(')
        && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start);

    // "Lerer reported from Los Angeles.", "Lane reported from Portland, and Vale from Troy.", "He has reported from every
    // harbour debate this year", "she frequently reports live from the field": where a journalist worked, not what was
    // reported (PolNeAR: "reported from" 10 times, never a cue). A "that", "saying" or a quote later in the sentence
    // ("Lane reported from Portland that the pier had reopened") keeps the cue.
    private static bool IsReporterCredit(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower is not ("report" or "reports" or "reported" or "reporting") || k + 1 >= words.Count || words[k + 1].InQuote
            || words[k + 1].Lower is not ("from" or "live"))
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && (j == k + 1 || !OpensSentenceOrLine(text, words, j)); j++)
        {
            if (words[j].InQuote || words[j].Lower is "that" or "saying")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether "show" at word <paramref name="k"/> names a programme ("a talk show host", "the hit CW show", "Trump's
    /// reality TV show", "on the Sunday morning shows, Holt said …", "hosts a Harbour TV show").
    /// </summary>
    public static bool IsProgramme(string text, List<WordToken> words, int k) =>
        words[k].Lower is "show" or "shows" && k > 0 && !words[k - 1].InQuote && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start)
        && (ShowModifiers.Contains(words[k - 1].Lower) || IsSingularNounAfterDeterminer(words, k));

    // "Vale hosts an MSNBC show and …", "listed a Harbour TV show as …": a bare "show" two words after a determiner of one
    // thing is the noun; the verb after a singular subject would be "shows" ("a new poll shows").
    private static bool IsSingularNounAfterDeterminer(List<WordToken> words, int k) =>
        words[k].Lower == "show" && k > 1 && SingleNounDeterminers.Contains(words[k - 2].Lower) && !words[k - 2].InQuote;

    // "maintained his double-digit lead", not "maintained that …", "maintains he …", "maintains Cruz will …", "…, he maintained.",
    // nor "maintains the pier is safe" (a noun phrase and an auxiliary open a clause without "that").
    private static bool HoldsPlainObject(string text, List<WordToken> words, int k)
    {
        if (!ClauseOnlyVerbs.Contains(words[k].Lower) || k + 1 >= words.Count)
        {
            return false;
        }

        var next = words[k + 1];
        return !next.InQuote && CueFinder.IsSpaceOnly(text, words[k].End, next.Start) && !next.IsCapitalized && !ClauseSubjects.Contains(next.Lower)
            && !CueWordReading.OpensZeroThatClause(words, k + 1);
    }

    // "A new group called Black Votes Matter", "a consulting firm called Gavekal", "a popular play called “Los Hijos de
    // Trump”", "an academic named Eric Kingson": the name given to a thing an indefinite article introduces.
    private static bool NamesThing(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower is not ("called" or "named") || k == 0 || k + 1 >= words.Count)
        {
            return false;
        }

        var next = words[k + 1];
        var named = next.InQuote || next.IsCapitalized || (next.Lower == "the" && k + 2 < words.Count && words[k + 2].IsCapitalized);
        // The thing named is a common noun in lower case right before the verb ("group", "firm", "play"); a name followed
        // by words describing it is someone calling someone something ("one lawmaker called Trump “the orange prince”").
        if (!named || words[k - 1].IsCapitalized || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start) || DescribesAfterName(words, k + 1))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - MaxWordsBeforeCalled; j--)
        {
            var w = words[j];
            if (w.InQuote || (j < k - 1 && !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start)))
            {
                return false;
            }

            if (Introducers.Contains(w.Lower))
            {
                return true;
            }

            if ((AttributionLexicon.ClauseOpeners.Contains(w.Lower) && w.Lower != "of") || AttributionLexicon.Pronouns.Contains(w.Lower) || w.IsPossessive
                || w.OpensSentence || AttributionLexicon.MatchVerb(words, j) > 0)
            {
                return false;
            }
        }

        return false;
    }

    // Whether the capitalised name opening at word <paramref name="first"/> is followed by a quote or a noun phrase that
    // describes it ("called Trump “the orange prince”", "called Lee a liar").
    private static bool DescribesAfterName(List<WordToken> words, int first)
    {
        if (words[first].InQuote)
        {
            return false;
        }

        var j = first + (words[first].Lower == "the" ? 1 : 0);
        while (j < words.Count && words[j].IsCapitalized && !words[j].InQuote)
        {
            j++;
        }

        return j < words.Count && (words[j].InQuote || words[j].Lower is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "as");
    }
}
