namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds the reporting cues of one passage (a sentence, or the sentences one quote spans) in the words outside its
/// quotes: <c>X said</c>, <c>said X</c>, <c>X, who …, said</c>, <c>X told Y</c>, <c>insists Burton</c>,
/// <c>according to X</c>, <c>as reported by X</c>, a colon lead-in; each with its source and content. It holds the
/// order the rules run in, the reading of title-case headlines, the words of a cue before its verb
/// (<see cref="CueStart"/>) and the tests of words and gaps the rules share. The verbal cue and its source
/// (<see cref="VerbalCue"/>), the object after a cue verb (<see cref="CueObject"/>), whether a cue word is a verb where
/// it stands (<see cref="CueWordReading"/>), where a content begins and ends (<see cref="ContentBoundary"/>), credits
/// after "according to" (<see cref="PrepositionalCredit"/>), the rules for other cue shapes (<see cref="PassiveCue"/>,
/// <see cref="SourcelessCue"/>, <see cref="NominalCue"/>, <see cref="PollCue"/>, <see cref="ColonCue"/>,
/// <see cref="DashCue"/>, <see cref="UnplacedSay"/>) and the readers of sources (<see cref="SourceBeforeCue"/>,
/// <see cref="SourceAfterCue"/>, <see cref="SentenceSubject"/>, <see cref="LooseSubject"/>, <see cref="NounPhrase"/>,
/// <see cref="SpeakerDescription"/>) have classes of their own.
/// </summary>
internal static class CueFinder
{
    internal const int MaxSourceWords = 14;

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
                if (PrepositionalCredit.Preposed(text, frame, words, k, k + 2) is { } c)
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
                if (PrepositionalCredit.Preposed(text, frame, words, k, k + 3) is { } c)
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
            if (span == 0 || CueWordReading.IsNounUse(text, words, k) || NonSpeechReading.IsProgramme(text, words, k) || ReducedRelativeInSubject.IsParticipleInSubject(text, words, k, span)
                || StateNounBeforeRelative.Applies(text, words, k + span - 1) || PassiveCue.IsParticipleOnThing(text, words, k, span))
            {
                continue;
            }

            // "proposes a new lease and plans to …": after "and" that joins it to the cue before, a form that is also a
            // noun is that cue's second verb.
            var joined = CoordinatedCue.Before(text, words, k, span, found);
            if (joined is null && CueWordReading.IsHomographNoun(text, words, k, span))
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
            var v = VerbalCue.Verbal(text, frame, words, k, span, LastSourceBefore(found, w.Start));
            if (v is not null && joined is not null && (v.Source.End <= joined.Source.Start || CoordinatedCue.InPhraseAfterConjunction(text, joined, v.Source, w.Start)
                || CoordinatedCue.OpensJoinedContent(joined, v.Source))
                && !CoordinatedCue.IsReported(joined, found))
            {
                // "The vote was close when Nora Vale called it “a farce” and promised …": the subject the rules read
                // before "and" may stand before the joined cue's own subject, whose clause the second verb goes on with.
                // Nor is a noun of the phrase of time after "but" the subject ("but in a later interview said …").
                // Nor is the pronoun opening the joined cue's content, which names that cue's speaker again ("Holt said he
                // welcomed the ruling and added …": Holt added).
                // Not when the joined cue stands in what another cue reports ("Lee complained Reed had attacked him and
                // questioned …": Lee questioned).
                v = VerbalCue.Verbal(text, frame, words, k, span, null, joined.Source) ?? v;
            }

            if (v is not null)
            {
                found.Add(stance ? v with { AttributesQuotes = false } : v);
            }
            else if (LooseSubject.Of(text, words, k, found) is { } loose && VerbalCue.Verbal(text, frame, words, k, span, null, loose) is { } fallback)
            {
                // A subject the rules for speakers do not take ("This group recognizes …"): the cue still attributes
                // what follows it, but names no speaker of quotes unless it borrows an earlier cue's speaker
                // ("Clinton supports A, opposes B").
                var borrowsSpeaker = found.Any(c => !c.IsSourceless && c.AttributesQuotes && c.Source == loose);
                found.Add(fallback with { AttributesQuotes = borrowsSpeaker && !stance });
            }
            else if (joined is not null && VerbalCue.Verbal(text, frame, words, k, span, null, joined.Source) is { } again)
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
        ContentBoundary.EndAtNextClause(text, found);
        CoordinatedPredicate.Apply(text, words, found);
        ContentBoundary.EndAtSentence(text, words, found);
        NamingRelativeClause.EndContentsAtQuote(text, words, found);
        PassiveAgentContent.Apply(text, words, found);

        // "showed up in Portland", "his strong showing in Iowa", "maintained his lead", "a firm called Gavekal": whichever
        // rule took such a word for a cue, it reports nothing.
        NonSpeechReading.Remove(text, words, found);
        TrailingCredit.DropSwallowed(text, words, found);

        // "a message posted Friday, Cruz said …": a day or time alone is when something happened, never what was said,
        // whichever rule took it for content; "Privately, the crew agree", "she asked rhetorically": so is a lone adverb
        // in -ly outside quote marks, which tells how ("“Absolutely,” she said" keeps its quote); so is a short phrase naming
        // only the medium or time of the statement ("said in a statement to the Gazette", "criticized on Twitter").
        found.RemoveAll(c => c.Content is { } content && (IsTimePhrase(text, content) || IsLoneAdverb(text, content)
            || SettingPhrase.IsSettingOnly(text, content)));
        if (headline)
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { AttributesQuotes = false };
            }
        }

        return found;
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
        var end = ContentBoundary.TrimEnd(text, start, frame.End);
        if (end - start < 12)
        {
            return;
        }

        var cue = words[k].Range;
        found.Add(new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true });
    }

    // "began", "sent", "took": common past forms without -ed, which end a subject as a verb.
    internal static bool IsIrregularPast(WordToken word) => AttributionLexicon.IrregularPastVerbs.Contains(word.Lower);

    // "self-described", "so-called": a hyphenated compound is an adjective, not a verb.
    internal static bool IsPastTense(WordToken word) =>
        !word.IsCapitalized && word.Text.Length > 4 && word.Lower.EndsWith("ed", StringComparison.Ordinal) && !word.Text.Contains('-', StringComparison.Ordinal);

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

    // "Thursday", "last week", "on Monday morning": a short phrase of time words only.
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”'‘’«»„");

    private static bool IsLoneAdverb(string text, TextRange range)
    {
        if (range.Length > 24 || text.AsSpan(range.Start, range.Length).ContainsAny(QuoteMarks))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, range.Start, range.End);
        return words.Count == 1 && IsLyAdverb(words[0]);
    }

    internal static bool IsTimePhrase(string text, TextRange range)
    {
        // Four time words fit in 60 characters; not tokenizing a longer content keeps a run-on sentence linear.
        if (range.Length > 60)
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, range.Start, range.End);
        return words.Count is > 0 and <= 4 && words.TrueForAll(w => AttributionLexicon.CueTimeWords.Contains(w.Text) || w.Text.All(char.IsAsciiDigit));
    }

    internal static int EndOfSegment(string text, List<WordToken> words, int k)
    {
        while (k + 1 < words.Count && !words[k + 1].InQuote && !HasPunctuation(text, words[k].End, words[k + 1].Start, allowBrackets: true))
        {
            k++;
        }

        return k;
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
