using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The subject that opens a sentence ("Trump", "The judge", "Democratic front-runner Hillary Clinton", "Clinton’s
/// campaign", "She"), past a dateline, an opening conjunction or adverbial phrases ("On Wednesday, after staying neutral
/// for months, Warren endorsed …"). Cues with no source of their own in the words around them (a cue after an aside, a
/// reporting verb far from its subject, a quote inside a clause) take their speaker from it.
/// </summary>
internal static class SentenceSubject
{

    // "Saturday", "Late last month", "Earlier", "In July": words that open a time phrase before the subject.
    private static readonly FrozenSet<string> OpeningTimeWords = Lexicon.Lines("Lexicons/opening-time-words.txt")
        .Concat(AttributionLexicon.DayWords).Concat(AttributionLexicon.TimeWords)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "Most recently, Holt …", "Less patient than her sister, Holt …": a word of degree opening the sentence before an
    // adverb in -ly set off by a comma, or before an adjective and "than", grades a describing word; the subject follows
    // the comma ("Most pilots say" and "More than half say" stay subjects).
    private static bool OpensDegreePhrase(string text, List<WordToken> words, int limit) =>
        limit > 3 && words[0].Lower is "most" or "more" or "less" or "least" && !words[1].InQuote && !words[1].IsCapitalized
        && ((words[1].Lower.Length > 4 && words[1].Lower.EndsWith("ly", StringComparison.Ordinal) && text.AsSpan(words[1].End, words[2].Start - words[1].End).Trim() is [','])
            || (words[2].Lower == "than" && !words[2].InQuote && !NounPhrase.IsPluralNoun(words, 1)));

    // "This is no small irony: Holt spent much of her campaign railing against …", "The task is steep: Many skippers have
    // come to know her only recently": a colon before a capitalised word outside quotes opens a clause of its own, whose
    // subject is the one of a verb after it, not the subject of the clause before the colon. An auxiliary after the
    // colon opens a question ("The test is simple: Will Holt keep calling herself a skipper?"), whose subject follows it.
    private static bool OpensClauseAfterColon(string text, List<WordToken> words, int s) =>
        s > 0 && words[s].IsCapitalized && !words[s].InQuote && !words[s - 1].InQuote && !AttributionLexicon.AuxiliaryVerbs.Contains(words[s].Lower)
        && text.AsSpan(words[s - 1].End, words[s].Start - words[s - 1].End).Trim() is [':'];

    // The subject at the start of a passage ("Trump", "The judge", "She"), after an opening adverbial ("In April, …").
    /// <summary>The subject at the start of a passage, before word <paramref name="limit"/>, when it can name a speaker.</summary>
    public static TextRange? Of(string text, List<WordToken> words, int limit)
    {
        if (limit <= 0)
        {
            return null;
        }

        // A passage of several sentences: the subject stands at the start of the sentence holding word limit, not at
        // the start of an earlier one.
        for (var s = Math.Min(limit, words.Count) - 1; s > 0; s--)
        {
            if (words[s].OpensSentence || OpensClauseAfterColon(text, words, s))
            {
                return Of(text, words.GetRange(s, words.Count - s), limit - s);
            }
        }

        if (words[0].InQuote)
        {
            return null;
        }

        var first = 0;

        // A dateline ("WASHINGTON (AFP) –", "PHILADELPHIA, July 25 (UPI) —") is not the subject.
        for (var k = 1; k < Math.Min(limit, 10); k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if ((gap.Contains('–') || gap.Contains('—')) && words.Take(k).All(w => w.IsCapitalized || w.Text.Any(char.IsDigit))
                && (words.Take(k).All(w => !w.Text.Any(char.IsLower)) || !ClosesAsideLater(text, words, k, limit)))
            {
                // "WASHINGTON (UPI) — In response to …, Clinton’s aide rallied …": after the dateline the sentence opens
                // as any other, with its own opening phrases.
                return Of(text, words.GetRange(k, words.Count - k), limit - k);
            }
        }

        // "But some strategists fear …", "And then Fisk went on the attack": a conjunction opening the sentence stands
        // before its subject.
        // "Even Obama tried …": a focusing adverb opening the sentence stands before a name too ("Even the day after
        // the debate, …" opens a time phrase).
        if (first == 0 && limit > 1 && (words[0].Lower is "but" or "and" or "so" or "yet" or "still" or "now" or "instead" or "then"
            || (words[0].Lower == "even" && words[1].IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(words[1].Text))))
        {
            var k0 = limit > 2 && words[1].Lower is "then" or "now" or "still" or "also" ? 2 : 1;
            if (!words[k0].InQuote && NounPhrase.IsSubjectStart(words[k0]) && !text.AsSpan(words[0].End, words[k0].Start - words[0].End).Contains(',')
                && (k0 == 2 || CueFinder.IsSpaceOnly(text, words[0].End, words[1].Start)))
            {
                first = k0;
            }
        }

        // "Saturday at the state convention Sen. Elizabeth Warren said", "In an interview Trump said": an opening time or
        // place phrase with no comma after it runs on to the name right before the cue.
        if (first == 0 && limit >= 3 && OpensAdverbialWithoutComma(text, words, limit))
        {
            return NameAfterOpeningPhrase(text, words, limit);
        }

        if (first == 0 && (!NounPhrase.IsSubjectStart(words[0]) || OpensTimePhraseBeforeComma(text, words, limit) || OpensDegreePhrase(text, words, limit)
            || OpensParticiplePhrase(text, words, limit)))
        {
            first = -1;
            for (var k = 1; k < limit; k++)
            {
                if (words[k].InQuote)
                {
                    return null;
                }

                // "On Wednesday, after staying neutral for months, Warren endorsed …": the subject follows the last of
                // the opening phrases.
                if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
                {
                    // "At a campaign event in Ames, Iowa, Mrs. Clinton spoke": a state after its city closes the phrase.
                    if (RegionClosingPhrase(text, words, k, limit))
                    {
                        continue;
                    }

                    first = k;
                    if (NounPhrase.IsSubjectStart(words[k]) || words[k].Lower is not ("after" or "before" or "while" or "when" or "despite" or "during" or "following" or "in" or "at" or "on" or "with" or "without" or "since" or "though" or "although" or "like" or "unlike"))
                    {
                        break;
                    }
                }
            }

            if (first < 0 || !NounPhrase.IsSubjectStart(words[first]))
            {
                return MainClauseAfterSubordinate(text, words, limit);
            }

            // "When Tom Reed, the mayor's aide, was asked about the pier, he laughed and said …": a clause opened by a
            // subordinating word may hold commas of its own (an aside on its subject); a personal pronoun after a later
            // comma, with its verb right after it, opens the main clause and is its subject.
            if (AttributionLexicon.SubordinatingConjunctions.Contains(words[0].Lower) && MainClausePronounAfter(text, words, first, limit) is { } pronoun)
            {
                return words[pronoun].Range;
            }
        }

        if (first >= limit || words[first].InQuote || AttributionLexicon.MatchVerb(words, first) > 0 || words[first].Text.All(char.IsDigit))
        {
            return null;
        }

        // "His office put out a statement …": a possessive pronoun opens a noun phrase, the subject, when a plain noun
        // follows it; before "was" ("His assumption was that “…”") the pronoun alone owns what the clause says.
        var possessive = words[first].Lower is "his" or "her" or "their" or "its" or "our" or "my" && first + 1 < limit && !words[first + 1].InQuote
            && !words[first + 1].IsCapitalized && NounPhrase.IsNounGap(text, words[first].End, words[first + 1].Start) && NounPhrase.IsPlainNoun(words, first + 1)
            && !(first + 2 < limit && words[first + 2].Lower is "was" or "is" or "were" or "are");
        // "She's a supporter but concedes …": the pronoun of a contraction is the subject; "It's" mostly opens a
        // cleft or a comment ("It's a plan the council backed"), not a speaker.
        if (SourceBeforeCue.PronounOfContraction(words[first]) is { } contracted && !words[first].Lower.StartsWith("it", StringComparison.Ordinal))
        {
            return contracted;
        }

        if (AttributionLexicon.Pronouns.Contains(words[first].Text) && !possessive)
        {
            // "She and her aides have vowed …, acknowledging …": a subject pronoun joined by "and" to a second phrase.
            if (words[first].IsPersonalSubjectPronoun && first + 2 < limit && words[first + 1].Lower == "and" && !words[first + 1].InQuote
                && CueFinder.IsSpaceOnly(text, words[first].End, words[first + 1].Start) && RestrictingPhraseEnd(text, words, first + 1, limit, false) is { } pairEnd)
            {
                return new TextRange(words[first].Start, words[pairEnd].End);
            }

            return NounPhrase.CanNameSource(words, first, first) ? words[first].Range : null;
        }

        var last = first;
        var headRead = false;
        var determiner = possessive || AttributionLexicon.GroupDeterminers.Contains(words[first].Text);
        while (last + 1 < limit && !words[last + 1].InQuote && NounPhrase.IsNounGap(text, words[last].End, words[last + 1].Start))
        {
            var next = words[last + 1];
            // "Jeb Bush and Ted Cruz both floated …": "and" between names joins them into one subject.
            var fits = next.IsCapitalized || next.Lower == "of"
                || (next.Lower == "and" && words[last].IsCapitalized && last + 2 < limit && words[last + 2].IsCapitalized && !words[last + 2].InQuote
                    && !AttributionLexicon.SentenceStarters.Contains(words[last + 2].Text) && CueFinder.IsSpaceOnly(text, next.End, words[last + 2].Start))
                || (determiner && last + 1 - first < 5 && !AttributionLexicon.ClauseOpeners.Contains(next.Text)
                    && !AttributionLexicon.CueModifiers.Contains(next.Text) && AttributionLexicon.MatchVerb(words, last + 1) == 0
                    && !CueFinder.IsPastTense(next) && !CueFinder.IsIrregularPast(next) && !BeforeDeterminer(words, last + 1, limit)
                    && (!next.Lower.EndsWith('s') || PluralHead(text, words, last + 1, limit)));
            if (!fits)
            {
                // "Democratic front-runner Hillary Clinton", "Mexican officials now say", "Both parents stiffened":
                // lower-case modifiers lead on to a name or to the group noun right before the verb.
                if (ModifiersRunTo(text, words, last + 1, limit) is { } run)
                {
                    last = run.Last;
                    if (run.EndsPhrase)
                    {
                        break;
                    }

                    continue;
                }

                // "Anti-Trump forces on the floor were …", "the two chief antagonists to Donald J. Trump largely
                // abandoned …", "Fifty of the nation’s top Republican national security officers signed …": the words
                // run on to a plural or role noun that a verb follows, over the phrase restricting it.
                if (!(first == last && (words[first].Lower.EndsWith("ing", StringComparison.Ordinal) || words[first].Lower.EndsWith("ly", StringComparison.Ordinal)))
                    && !(IsSingularNoun(words, last) && !words.Skip(first).Take(last - first).Any(w => (NounPhrase.IsNumberWord(w) && w.Lower != "one") || PluralDeterminers.Contains(w.Text)))
                    && HeadBeforeVerb(text, words, last + 1, limit) is { } head)
                {
                    last = head;
                    headRead = true;
                }

                break;
            }

            last++;
        }

        while (last > first && words[last].Lower == "of")
        {
            last--;
        }

        // "A short time later, Ms. Abedin wrote": a time phrase ending on "later" or "ago" opens the sentence.
        // "A few minutes later they reversed …": without the comma, a subject pronoun after it opens the clause.
        if (last + 2 < limit && words[last + 1].Lower is "later" or "ago" or "earlier" && !words[last + 1].InQuote
            && (text.AsSpan(words[last + 1].End, words[last + 2].Start - words[last + 1].End).Trim().SequenceEqual(",")
                || (!words[last + 2].InQuote && !words[last + 2].IsCapitalized && AttributionLexicon.SubjectPronouns.Contains(words[last + 2].Text))))
        {
            return Of(text, words.GetRange(last + 2, words.Count - last - 2), limit - last - 2);
        }

        // "Clinton’s campaign said", "Hoff’s letter makes": a name in the possessive owns the noun after it, and that
        // noun is the subject when a verb follows it.
        // "Hillary Clinton’s right-hand woman rallied": a modifier or two may stand before that noun.
        if (NounPhrase.IsPossessiveName(words[last]) && words.Skip(first).Take(last - first + 1).All(w => w.IsCapitalized || w.Lower == "of"))
        {
            for (var head = last + 1; head <= last + 3 && head + 1 < limit; head++)
            {
                if (words[head].InQuote || words[head].IsCapitalized || !NounPhrase.IsNounGap(text, words[head - 1].End, words[head].Start) || !NounPhrase.IsPlainNoun(words, head))
                {
                    break;
                }

                // Past the first word a modifier ends only on a verb proper, not on a word in -s ("Trump’s gloomy tone was").
                if (head == last + 1 ? IsVerbAfterNoun(text, words, head + 1)
                    : !words[head + 1].InQuote && !words[head + 1].IsCapitalized && (AttributionLexicon.MatchVerb(words, head + 1) > 0 || CueFinder.IsPastTense(words[head + 1])))
                {
                    last = head;
                    break;
                }
            }
        }

        // One capitalised word opening a sentence is a name only when a verb follows it ("Trump attacked …"),
        // not an adverb or participle ("Early in his campaign", "Appearing before", "Good information").
        if (first == last && !determiner && words[first].IsCapitalized)
        {
            var next = last + 1 < words.Count ? words[last + 1] : default;
            var verbLike = next.Text is { Length: > 0 } && !next.IsCapitalized && !next.InQuote
                && (!AttributionLexicon.ClauseOpeners.Contains(next.Text) || AttributionLexicon.CueModifiers.Contains(next.Text) || AttributionLexicon.MatchVerb(words, last + 1) > 0);
            if (!verbLike || words[first].Lower.EndsWith("ing", StringComparison.Ordinal) || words[first].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (!NounPhrase.CanNameSource(words, first, last))
        {
            return null;
        }

        // "Several candidates, including Trump, said", "Two military analysts, Ann Lee and Dana Holt, wrote": the
        // names set off by commas after the head are part of the subject, with the comma closing them.
        if (headRead && NamingAppositiveEnd(text, words, last, limit) is { } end)
        {
            return new TextRange(words[first].Start, end);
        }

        return Coordinated(text, words, first, last, limit) ?? WithAppositive(text, words, first, last, limit) ?? WithPlaceList(text, words, first, last, limit)
            ?? new TextRange(words[first].Start, words[last].End);
    }

    // "The leaders of Kent, Dover and Deal took turns rebutting …": a comma after a capitalised word may go on with a
    // list of names joined by "and" or "or" up to the verb; the list closes the phrase that ends on the first name, so
    // the subject is read back from the verb as a source right before its cue is; null when no such list stands there.
    private static TextRange? WithPlaceList(string text, List<WordToken> words, int first, int last, int limit)
    {
        var open = last + 1;
        if (!words[last].IsCapitalized || open >= limit || words[open].InQuote || !words[open].IsCapitalized
            || text.AsSpan(words[last].End, words[open].Start - words[last].End).Trim() is not ",")
        {
            return null;
        }

        var joined = false;
        for (var k = open + 1; k < limit && k - open <= 12; k++)
        {
            var word = words[k];
            var gap = text.AsSpan(words[k - 1].End, word.Start - words[k - 1].End).Trim();
            if (word.InQuote || !(gap.IsEmpty || gap is ","))
            {
                return null;
            }

            if (word.Lower is "and" or "or")
            {
                joined = true;
                continue;
            }

            if (word.IsCapitalized)
            {
                continue;
            }

            return joined && gap.IsEmpty && words[k - 1].IsCapitalized && OpensPredicate(words, k)
                && SourceBeforeCue.Find(text, words, k) is { } subject && subject.Start == words[first].Start && subject.End > words[last].End ? subject : null;
        }

        return null;
    }

    // "Since Holt's op-ed on the pier in May, she's tacked to the left, criticizing …", "In a debate, while most rivals
    // called for a fight, also known as a brawl, Holt held back, noting …": when the opening phrases do not end on a
    // subject, the main clause opens after the first comma past a subordinating word that a subject and its finite verb
    // (or a pronoun in a contraction) follow; null when none does.
    private static TextRange? MainClauseAfterSubordinate(string text, List<WordToken> words, int limit)
    {
        var subordinated = false;
        for (var k = 0; k < limit && k < words.Count; k++)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            subordinated |= AttributionLexicon.SubordinatingConjunctions.Contains(words[k].Lower);
            if (!subordinated || k == 0 || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is not [','])
            {
                continue;
            }

            if (SourceBeforeCue.PronounOfContraction(words[k]) is { } contracted && !words[k].Lower.StartsWith("it", StringComparison.Ordinal)
                && AttributionLexicon.SubjectPronouns.Contains(text[contracted.Start..contracted.End]))
            {
                return contracted;
            }

            if (JoinedClauseSubject.ClauseAfter(text, words, k, limit) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    // The index of the last personal pronoun in the subject case ("he", "she", "they", "we", "I") that follows a comma
    // after word first and before word limit, with no punctuation between it and the word after it; null when none.
    private static int? MainClausePronounAfter(string text, List<WordToken> words, int first, int limit)
    {
        int? found = null;
        for (var k = first + 1; k < limit && k < words.Count; k++)
        {
            if (words[k].InQuote || words[k - 1].InQuote)
            {
                return null;
            }

            if (words[k].IsPersonalSubjectPronoun && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [',']
                && (k + 1 >= words.Count || CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start)))
            {
                found = k;
            }
        }

        return found;
    }

    // "Mayor Dana Holt and two local ferry captains have begun to speak out, expressing …", "Former pilot and harbour
    // board chair Nora Vale, who backs the plan, trashed the mayor, calling …": "and" in the words between the phrase read
    // forward and the predicate (or the comma of an aside before it) joins a second noun phrase to the subject when no
    // verb stands among them and the whole stretch reads back from the predicate as one noun phrase, as a source right
    // before its cue does; the subject is the pair. "Holt took the stage and called …" joins a verb, not a noun phrase:
    // the subject stays "Holt". Null when no such pair stands there.
    private static TextRange? Coordinated(string text, List<WordToken> words, int first, int last, int limit)
    {
        var joined = false;
        for (var j = last + 1; j + 1 < limit && j - last <= 10; j++)
        {
            // "The plan's backers outline which skippers and pilots aim to …": a clause opener starts a clause, not a phrase.
            if (words[j].InQuote || words[j + 1].InQuote || OpensPredicate(words, j) || IsFiniteVerb(words, j)
                || !NounPhrase.IsNounGap(text, words[j - 1].End, words[j].Start)
                || (!words[j].IsCapitalized && AttributionLexicon.ClauseOpeners.Contains(words[j].Text) && words[j].Lower is not ("and" or "of")))
            {
                return null;
            }

            joined |= words[j].Lower == "and";
            var gap = text.AsSpan(words[j].End, words[j + 1].Start - words[j].End).Trim();
            if (gap is ",")
            {
                return joined && words[j].Lower != "and" ? WithAppositive(text, words, first, j, limit) : null;
            }

            if (gap.IsEmpty && (OpensPredicate(words, j + 1) || IsFiniteVerb(words, j + 1)))
            {
                return joined && words[j].Lower != "and" && SourceBeforeCue.Find(text, words, j + 1) is { } pair && pair.Start == words[first].Start
                    && pair.End >= words[j].End ? pair : null;
            }
        }

        return null;
    }

    // "Dana Holt, a ferry captain, released a statement confirming …", "The pier's owner, Nora Vale, called for a vote,
    // declaring …": the description between commas after the subject belongs to it here as it does before a cue right
    // after it ("Dana Holt, a ferry captain, said"), so the phrase is read as SourceBeforeCue reads it before the verb
    // after the closing comma; null when no verb follows a closing comma before word limit.
    private static TextRange? WithAppositive(string text, List<WordToken> words, int first, int last, int limit)
    {
        var open = last + 1;
        if (open >= limit || words[open].InQuote || text.AsSpan(words[last].End, words[open].Start - words[last].End).Trim() is not ("," or ")," or ".),"))
        {
            return null;
        }

        for (var k = open + 1; k < limit && k - open <= 30; k++)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            // "Nora Vale, R-Ky., delivered": the full stop of an abbreviation may stand before the closing comma.
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is not ("," or ".," or ")," or ".),"))
            {
                continue;
            }

            if (!OpensPredicate(words, k))
            {
                continue;
            }

            return SourceBeforeCue.Find(text, words, k) is { } subject && subject.Start == words[first].Start && subject.End > words[last].End ? subject : null;
        }

        return null;
    }

    // Whether word k opens a predicate: a lower-case verb, past form or auxiliary ("released", "has", "will"), or a cue
    // modifier before one ("also said", "quietly pushed").
    internal static bool OpensPredicate(List<WordToken> words, int k)
    {
        var word = words[k];
        if (word.IsCapitalized || word.InQuote)
        {
            return false;
        }

        if (AttributionLexicon.CueModifiers.Contains(word.Text) && k + 1 < words.Count && !words[k + 1].InQuote)
        {
            word = words[++k];
        }

        return !word.IsCapitalized && (AttributionLexicon.MatchVerb(words, k) > 0 || CueFinder.IsPastTense(word) || CueFinder.IsIrregularPast(word)
            || word.Lower is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "did" or "does");
    }

    // The end, past its closing comma, of an aside after the head noun at index head that names its members ("including
    // Trump", "Ann Lee and Dana Holt") when the verb follows that comma; null otherwise (a relative clause, "who …", or an
    // aside about the saying, "on the other hand", stays out).
    private static int? NamingAppositiveEnd(string text, List<WordToken> words, int head, int limit)
    {
        var open = head + 1;
        if (open >= limit || words[open].InQuote || text.AsSpan(words[head].End, words[open].Start - words[head].End).Trim() is not [',']
            || !(words[open].Lower is "including" || (words[open].IsCapitalized && NounPhrase.IsSubjectStart(words[open]) && !AttributionLexicon.Pronouns.Contains(words[open].Text))))
        {
            return null;
        }

        for (var k = open + 1; k < limit && k - open <= 15; k++)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
            if (gap.IsEmpty)
            {
                continue;
            }

            if (gap is not [','])
            {
                return null;
            }

            // A list of names goes on after a comma; the closing comma stands before the verb.
            if (IsFiniteVerb(words, k) || (words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && k + 1 < words.Count && IsFiniteVerb(words, k + 1)) || k == limit - 1 && AttributionLexicon.MatchVerb(words, k) > 0)
            {
                return text.IndexOf(',', words[k - 1].End) + 1;
            }

            if (!words[k].IsCapitalized && words[k].Lower is not "and")
            {
                return null;
            }
        }

        return null;
    }

    // From word k, lower-case modifiers of a subject ("presidential nominee", "liberal Hispanic groups"): where they
    // end, and whether the phrase ends there (a group noun before its verb) or goes on with a name; null when the
    // words are no such modifiers ("won the state", "released a statement").
    private static (int Last, bool EndsPhrase)? ModifiersRunTo(string text, List<WordToken> words, int k, int limit)
    {
        for (var j = k; j < limit && j - k < 4; j++)
        {
            var w = words[j];
            if (w.InQuote || (j > k && !NounPhrase.IsNounGap(text, words[j - 1].End, w.Start)))
            {
                return null;
            }

            if (w.IsCapitalized)
            {
                return j > k ? (j - 1, false) : null;
            }

            if (!NounPhrase.IsPlainNoun(words, j) || AttributionLexicon.PhraseOpeners.Contains(w.Text) || AttributionLexicon.GroupDeterminers.Contains(w.Text) || w.Text.Any(char.IsDigit))
            {
                return null;
            }

            var plural = w.Text.Length > 3 && w.Lower.EndsWith('s') && !w.Lower.EndsWith("ss", StringComparison.Ordinal);

            // "The Rove ad hits Clinton": a word in -s before a name, after a noun, is the verb taking the name as object.
            if (plural && j == k && !NounPhrase.IsRoleNoun(w) && j + 1 < limit && words[j + 1].IsCapitalized && k > 0 && !words[k - 1].IsCapitalized
                && NounPhrase.IsPlainNoun(words, k - 1) && !AttributionLexicon.PhraseOpeners.Contains(words[k - 1].Text) && !AttributionLexicon.GroupDeterminers.Contains(words[k - 1].Text))
            {
                return null;
            }

            if ((plural || NounPhrase.IsRoleNoun(w)) && j + 1 < words.Count && !words[j + 1].InQuote && CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start)
                && IsVerbAfterSubject(words, j + 1))
            {
                return (j, true);
            }
        }

        return null;
    }

    /// <summary>
    /// From word <paramref name="k"/>, right after the words a subject opened with: the last word of a noun phrase headed
    /// by a lower-case plural or role noun after at most a few modifiers, with the phrase that restricts the head ("forces
    /// on the floor", "politicians and their allies in the conservative movement"), when a verb follows it; null when the
    /// words are no such phrase (a verb and its object, "thanks the crowd").
    /// </summary>
    internal static int? HeadBeforeVerb(string text, List<WordToken> words, int k, int limit)
    {
        // After "of" a determiner or a possessive opens the phrase ("Fifty of the nation’s top … officers").
        var afterOf = k > 0 && words[k - 1].Lower == "of";
        for (var j = k; j < limit && j - k < 8; j++)
        {
            var w = words[j];
            if (w.InQuote || !NounPhrase.IsNounGap(text, words[j - 1].End, w.Start))
            {
                return null;
            }

            var modifier = w.IsCapitalized || (afterOf && (AttributionLexicon.PhraseOpeners.Contains(w.Text) || w.IsPossessive))
                || ((j > k || afterOf) && AttributionLexicon.GroupDeterminers.Contains(w.Text) && !AttributionLexicon.PhraseOpeners.Contains(w.Text))
                || (j > k && (NounPhrase.IsNumberWord(w) || w.Lower is "hundred" or "thousand" || (CueFinder.IsPastTense(w) && IsModifierSlot(words, j))));
            if (modifier)
            {
                continue;
            }

            if (!NounPhrase.IsPlainNoun(words, j) || AttributionLexicon.PhraseOpeners.Contains(w.Text) || AttributionLexicon.GroupDeterminers.Contains(w.Text))
            {
                return null;
            }

            var plural = w.Text.Length > 3 && w.Lower.EndsWith('s') && !w.Lower.EndsWith("ss", StringComparison.Ordinal) && !w.IsPossessive;
            if (!plural && !NounPhrase.IsRoleNoun(w))
            {
                continue;
            }

            // A word in -s closing the words read is as likely their verb ("and then Wallnau continues").
            if (j + 1 == words.Count)
            {
                return null;
            }

            var next = words[j + 1];
            if (next.InQuote)
            {
                return null;
            }

            // Not "Clinton wins in Iowa, saying …": a word in -s right after a name is as likely its verb.
            var closable = j > k || NounPhrase.IsRoleNoun(w) || NounPhrase.IsPeopleNoun(w.Lower);

            // "Indiana politicians, who granted …, want": an aside set off by a comma or a dash closes the phrase after a
            // head for people or one with modifiers before it.
            if (!NounPhrase.IsNounGap(text, w.End, next.Start))
            {
                return ClosesPhrase(text, w.End, next.Start) && closable ? j : null;
            }

            if (j + 1 == limit || IsFiniteVerb(words, j + 1))
            {
                return j;
            }

            // "to" ties a name or a determined phrase ("antagonists to Donald J. Trump"), not a verb ("likes to throw").
            var ties = next.Lower is "on" or "in" or "of" or "at" or "for" or "from" or "with" or "across" or "among"
                || (next.Lower == "to" && j + 2 < limit && (words[j + 2].IsCapitalized || AttributionLexicon.PhraseOpeners.Contains(words[j + 2].Text)));
            if (ties && RestrictingPhraseEnd(text, words, j + 1, limit, closable) is { } end)
            {
                return end;
            }

            // "Republican politicians and their allies …": a second phrase joined on; without a verb closing it within
            // reach, the head alone.
            if (next.Lower == "and" && j + 2 < limit && (AttributionLexicon.PhraseOpeners.Contains(words[j + 2].Text) || NounPhrase.IsPluralNoun(words, j + 2)))
            {
                return RestrictingPhraseEnd(text, words, j + 1, limit, closable) ?? j;
            }

            // "Ryan wages campaign", "the FBI lists …": a word in -s right after a name or a noun, with an object after it,
            // is the verb.
            if (j == k || ties)
            {
                return null;
            }
        }

        return null;
    }

    // From the preposition or "and" at p after a head noun, the last word before the verb that follows the phrase, or
    // before a comma or a dash when the head may close there (closable); a phrase of time in it ("to Donald J. Trump on Thursday night") stays out with the preposition opening it; null when
    // no verb closes the phrase within a few words or a mark, a quote or a relative pronoun comes first.
    private static int? RestrictingPhraseEnd(string text, List<WordToken> words, int p, int limit, bool closable)
    {
        var lastPreposition = p;
        for (var k = p + 1; k <= limit && k - p <= 12 && k < words.Count; k++)
        {
            // "leaders of ethnic communities in the U.S. share these apprehensions": a word with a determiner after it is the verb.
            if ((k == limit && NounPhrase.IsNounGap(text, words[k - 1].End, words[k].Start)) || (k < limit && (IsFiniteVerb(words, k) || (BeforeDeterminer(words, k, limit)
                && !AttributionLexicon.SubjectPrepositions.Contains(words[k].Text) && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal)))) || (k < limit && !words[k].IsCapitalized && words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && words[k].Text.Length > 4
                && k + 1 < words.Count && IsFiniteVerb(words, k + 1)))
            {
                return k - 1 > p ? k - 1 : null;
            }

            var w = words[k];

            // "Supporters of abortion rights, on the other hand, argued": a comma or a dash after the phrase closes it.
            if (closable && k - 1 > p && !NounPhrase.IsNounGap(text, words[k - 1].End, w.Start) && ClosesPhrase(text, words[k - 1].End, w.Start))
            {
                return k - 1;
            }

            if (k == limit || w.InQuote || !NounPhrase.IsNounGap(text, words[k - 1].End, w.Start) || w.Lower is "who" or "whom" or "whose" or "which" or "that")
            {
                return null;
            }

            if (AttributionLexicon.DayWords.Contains(w.Text) || AttributionLexicon.TimeWords.Contains(w.Text))
            {
                return lastPreposition > p ? lastPreposition - 1 : null;
            }

            if (!w.IsCapitalized && AttributionLexicon.SubjectPrepositions.Contains(w.Text))
            {
                lastPreposition = k;
            }
        }

        return null;
    }

    // A comma or a dash alone between two words.
    private static bool ClosesPhrase(string text, int start, int end) =>
        text.AsSpan(start, end - start).Trim() is [','] or ['—'] or ['–'] or ['-', '-'];

    // "The campaign sued the DNC": a lower-case word with a determiner right after it is a verb taking its object (a
    // noun is followed by a preposition or a conjunction before another determiner).
    private static bool BeforeDeterminer(List<WordToken> words, int k, int limit) =>
        k + 1 < limit && !words[k].IsCapitalized && !words[k + 1].InQuote && AttributionLexicon.PhraseOpeners.Contains(words[k + 1].Text)
        && !AttributionLexicon.ClauseOpeners.Contains(words[k].Text) && words[k].Lower is not ("of" or "and" or "or");

    // "two", "several", "these": determiners that call for a plural head noun after them.
    private static readonly FrozenSet<string> PluralDeterminers = new[] { "several", "many", "both", "few", "these", "those", "various", "numerous", "multiple", "some", "all", "most" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "The Trump character functions …": a lower-case noun already heads the phrase, so a word in -s after it is its verb.
    private static bool IsSingularNoun(List<WordToken> words, int k) =>
        !words[k].IsCapitalized && !words[k].IsPossessive && NounPhrase.IsPlainNoun(words, k) && !AttributionLexicon.GroupDeterminers.Contains(words[k].Text)
        && !AttributionLexicon.PhraseOpeners.Contains(words[k].Text) && !NounPhrase.IsNumberWord(words[k]) && words[k].Lower is not ("of" or "hundred" or "thousand")
        && !words[k].Lower.EndsWith('s');

    // A verb that can follow a subject: a past form not in an adjective's slot, a reporting verb, an auxiliary.
    internal static bool IsFiniteVerb(List<WordToken> words, int k) =>
        !words[k].InQuote && !words[k].IsCapitalized
        && (((CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k])) && !IsModifierSlot(words, k))
            || AttributionLexicon.MatchVerb(words, k) > 0 || AttributionLexicon.CueModifiers.Contains(words[k].Text)
            || (AttributionLexicon.AuxiliaryVerbs.Contains(words[k].Text) && words[k].Lower is not ("be" or "been"))
            || words[k].Lower is "say" or "urge" or "want" or "hope" or "fear" or "expect");

    // "Florida’s heated Senate race", "the failed bill": a past form after a possessive or a determiner is an adjective.
    private static bool IsModifierSlot(List<WordToken> words, int k) =>
        k > 0 && (words[k - 1].IsPossessive || AttributionLexicon.PhraseOpeners.Contains(words[k - 1].Text) || AttributionLexicon.GroupDeterminers.Contains(words[k - 1].Text));

    // "Walking to the pier, Holt waved …", "Speaking to reporters, Vale said …": a capitalised participle in -ing opening
    // the sentence before a preposition, determiner or object pronoun opens a phrase closed by a comma; the subject
    // follows that comma (a name in -ing stands before a capitalised word, a verb or a comma, not before "to").
    private static bool OpensParticiplePhrase(string text, List<WordToken> words, int limit)
    {
        if (limit < 4 || words[0].Lower.Length < 6 || !words[0].Lower.EndsWith("ing", StringComparison.Ordinal) || words[1].InQuote || words[1].IsCapitalized
            || !CueFinder.IsSpaceOnly(text, words[0].End, words[1].Start)
            || !(AttributionLexicon.SubjectPrepositions.Contains(words[1].Text) || AttributionLexicon.PhraseOpeners.Contains(words[1].Text)
                || words[1].Lower is "him" or "her" or "them" or "us" or "me" or "it"))
        {
            return false;
        }

        for (var k = 2; k < limit; k++)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
            {
                return true;
            }
        }

        return false;
    }

    // "Late last month, the company wrote", "Earlier, Trump said": a capitalised time word opening the sentence starts a
    // time phrase, closed by a comma before the subject, not a name.
    private static bool OpensTimePhraseBeforeComma(string text, List<WordToken> words, int limit)
    {
        if (!OpeningTimeWords.Contains(words[0].Text) && !DeterminedTimePhrase(text, words, limit))
        {
            return false;
        }

        for (var k = 1; k < limit && k < 8; k++)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().SequenceEqual(","))
            {
                return true;
            }

            // "August Pfluger, 45, wrote": a name after the month word makes it a first name; "Early voters waited for
            // hours, …": a verb before the comma makes the time word part of the subject.
            if (words[k].InQuote || AttributionLexicon.MatchVerb(words, k) > 0 || CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k])
                || (words[k].IsCapitalized && !OpeningTimeWords.Contains(words[k].Text)))
            {
                return false;
            }
        }

        return false;
    }

    // "The next month, a former clerk announced …", "The day before, …", "That night, …": a determiner, a time word, and
    // a time word closing the phrase at its comma ("The next president, Holt, said" closes on no time word).
    private static bool DeterminedTimePhrase(string text, List<WordToken> words, int limit)
    {
        if (limit < 4 || words[0].Lower is not ("the" or "that" or "this") || words[1].InQuote
            || !(OpeningTimeWords.Contains(words[1].Text) || words[1].Lower is "day" or "following" or "previous" or "same"))
        {
            return false;
        }

        for (var k = 1; k < 4 && k + 1 < limit; k++)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim() is [','])
            {
                return OpeningTimeWords.Contains(words[k].Text) || words[k].Lower is "day" or "before" or "after";
            }
        }

        return false;
    }

    // "Saturday at the convention", "On Tuesday", "In an interview": a weekday or a preposition of time or place opens
    // the sentence and no comma stands before the cue.
    private static bool OpensAdverbialWithoutComma(string text, List<WordToken> words, int limit)
    {
        if (!(AttributionLexicon.DayWords.Contains(words[0].Text) || words[0].Lower is "on" or "at" or "in" or "during"))
        {
            return false;
        }

        for (var k = 1; k < limit; k++)
        {
            if (words[k].InQuote || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
            {
                return false;
            }
        }

        return true;
    }

    // "Saturday at the state convention Sen. Elizabeth Warren (D-MA) spoke …", "In an interview he said": the first name
    // or pronoun after the lower-case or time word that closes the opening phrase, when a verb follows it; null when
    // there is none.
    private static TextRange? NameAfterOpeningPhrase(string text, List<WordToken> words, int limit)
    {
        for (var k = 1; k < limit; k++)
        {
            var w = words[k];
            var before = words[k - 1];
            if (before.IsCapitalized && !OpeningTimeWords.Contains(before.Text) && k > 1)
            {
                continue;
            }

            if (AttributionLexicon.Pronouns.Contains(w.Text) && !w.IsCapitalized && k + 1 <= limit && (k + 1 == limit || IsVerbAfterSubject(words, k + 1)))
            {
                return NounPhrase.CanNameSource(words, k, k) ? w.Range : null;
            }

            if (!w.IsCapitalized || OpeningTimeWords.Contains(w.Text))
            {
                continue;
            }

            var last = k;
            while (last + 1 < limit && words[last + 1].IsCapitalized && NounPhrase.IsNounGap(text, words[last].End, words[last + 1].Start))
            {
                last++;
            }

            var next = last + 1;
            if (next < limit && IsBracketAt(text, words, next))
            {
                next++;
            }

            if (next == limit || (next < words.Count && (IsVerbAfterSubject(words, next) || CueFinder.IsIrregularPast(words[next]))))
            {
                return NounPhrase.CanNameSource(words, k, last) ? new TextRange(words[k].Start, words[last].End) : null;
            }

            return null;
        }

        return null;
    }

    // "(D-MA)": word k stands in brackets.
    private static bool IsBracketAt(string text, List<WordToken> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().SequenceEqual("(");

    // A verb, an auxiliary or a cue adverb: what follows a subject ("stiffened", "now say", "were").
    private static bool IsVerbAfterSubject(List<WordToken> words, int k) =>
        !words[k].IsCapitalized && (CueFinder.IsPastTense(words[k]) || AttributionLexicon.MatchVerb(words, k) > 0 || AttributionLexicon.CueModifiers.Contains(words[k].Text)
            || words[k].Lower is "are" or "were" or "have" or "had" or "will" or "would" or "say" or "urge" or "want" or "hope" or "fear" or "expect");

    private static bool IsVerbAfterNoun(string text, List<WordToken> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().SequenceEqual(",")
        || (!words[k].InQuote && !words[k].IsCapitalized && (AttributionLexicon.MatchVerb(words, k) > 0 || CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k]) || words[k].Lower.EndsWith('s')));

    // "The two lawmakers argue", "The lawmakers, however, argue": a word in -s after a determiner is a plural head noun
    // when a reporting verb or a comma follows it, not a verb.
    // "The harbour candidates briefly put away their papers and disclosed …": an adverb in -ly between the plural head
    // and a past verb or an auxiliary leaves the word in -s a noun, as a reporting verb right after it does.
    private static bool PluralHead(string text, List<WordToken> words, int k, int limit) =>
        k + 1 < limit && !words[k + 1].InQuote && !words[k].Lower.EndsWith("ss", StringComparison.Ordinal)
        && (AttributionLexicon.MatchVerb(words, k + 1) > 0
            || (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().SequenceEqual(",") && words[k + 1].Lower is "however" or "though" or "meanwhile" or "too")
            || (k + 2 < limit && IsAdverbBeforeVerb(text, words, k + 1) && !words[k + 2].InQuote && !words[k + 2].IsCapitalized
                && (CueFinder.IsPastTense(words[k + 2]) || CueFinder.IsIrregularPast(words[k + 2]) || AttributionLexicon.AuxiliaryVerbs.Contains(words[k + 2].Lower))));

    // A lower-case adverb in -ly with only spaces on either side ("briefly", "strongly"), read as standing before a verb.
    private static bool IsAdverbBeforeVerb(string text, List<WordToken> words, int k) =>
        !words[k].IsCapitalized && words[k].Lower.Length > 4 && words[k].Lower.EndsWith("ly", StringComparison.Ordinal)
        && NounPhrase.IsNounGap(text, words[k - 1].End, words[k].Start) && NounPhrase.IsNounGap(text, words[k].End, words[k + 1].Start);

    // A state or province of one or two words, or its abbreviation, at words[k], after a capitalised place and followed by a comma.
    private static bool RegionClosingPhrase(string text, List<WordToken> words, int k, int limit)
    {
        if (!words[k - 1].IsCapitalized)
        {
            return false;
        }

        // "At a rally in Beaumont, Tex., Mr. Holt spoke": a state's abbreviation closes the place with its full stop.
        if (k + 1 < limit && NounPhrase.IsPlaceAbbreviation(words[k])
            && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().SequenceEqual(".,"))
        {
            return true;
        }

        for (var length = 1; length <= 2 && k + length < limit; length++)
        {
            var name = text[words[k].Start..words[k + length - 1].End];
            if (AttributionLexicon.Regions.Contains(name) && text.AsSpan(words[k + length - 1].End, words[k + length].Start - words[k + length - 1].End).Trim() is [','])
            {
                return true;
            }
        }

        return false;
    }

    // "Gingrich — a possible running mate — spoke": a second dash before the cue closes an aside after the name, which
    // is then the subject, not a dateline (a dateline in capitals, "WASHINGTON —", stays one whatever follows).
    private static bool ClosesAsideLater(string text, List<WordToken> words, int k, int limit)
    {
        for (var j = k + 1; j < Math.Min(limit, words.Count); j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.Contains('–') || gap.Contains('—'))
            {
                return true;
            }
        }

        return false;
    }
}
