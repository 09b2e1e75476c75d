using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The source phrase that stands right before a cue ("Trump said", "Sen. Ann Lee, R-Maine, a pilot, said", "the
/// president of the union said", "two-thirds of voters say", "she’d say"): the noun phrase ending on the word before
/// the cue, stretched back over appositives between commas, a role before a name, prepositional phrases and quantity
/// words, and cut before a time phrase or an aside. The commonest place of a source in English news, hence its own rules.
/// </summary>
internal static class SourceBeforeCue
{
    // How many words a description after a quoted title may hold before the cue ("a history of the port").
    private const int MaxDescriptionAfterTitle = 20;

    private static readonly FrozenSet<string> NameLinkingWords = Lexicon.Lines("Lexicons/name-linking-words.txt").ToFrozenSet(StringComparer.Ordinal);
    // "None of them said", "Nobody on the pier said": an indefinite pronoun opening the clause heads the phrase after it.
    private static readonly FrozenSet<string> IndefinitePronounHeads = Lexicon.Lines("Lexicons/indefinite-pronoun-heads.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> MeasureWords = Lexicon.Lines("Lexicons/subordinator-measure-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The source phrase ending on the word before the cue that starts at word <paramref name="cueFirst"/>, or null.</summary>
    internal static TextRange? Find(string text, List<WordToken> words, int cueFirst)
    {
        var last = cueFirst - 1;

        // "Dana Holt, the co-author of ''Harbour Lights,'' said": a title in quote marks after "of" closing the speaker's
        // description names a book or show, not speech; read without its marks, it is part of the description, and the
        // source runs on over its closing marks.
        if (last >= 1 && DescriptionWithTitle(text, words, cueFirst) is { } described)
        {
            return described;
        }

        // "Carson took the stage at the Grand Hotel in Baltimore and called …": "and" right before the cue joins a
        // second verb to the sentence's subject; no phrase ending on it is a source.
        if (last < 0 || words[last].InQuote || words[last].Text is "and" or "but" or "or")
        {
            return null;
        }

        // "the group, which endorsed Lee", "a poll that shows": a relative pronoun right before the cue stands for the
        // noun before it, and the annotated corpora mark the pronoun itself as the source.
        if (words[last].Lower is "which" or "that" && last > 0 && !words[last - 1].InQuote && CueFinder.IsSpaceOnly(text, words[last].End, words[cueFirst].Start)
            && (words[last - 1].IsCapitalized || !AttributionLexicon.ClauseOpeners.Contains(words[last - 1].Text))
            && (AttributionLexicon.MatchVerb(words, last - 1) == 0 || NonSpeechReading.IsProgramme(text, words, last - 1) || StateNounBeforeRelative.Applies(text, words, last))
            && !CueFinder.IsModifier(words[last - 1]))
        {
            // "a talk show that praised Holt", "states that may not want to pay": a programme's "show" and the noun "states"
            // are the noun the pronoun stands for, not a verb before "that".
            return words[last].Range;
        }

        // "Polls there show", "workers here said": a place adverb right after a plural noun restricts the group to the
        // place the story is about, and belongs to the source.
        if (words[last].Lower is "there" or "here" && last > 0 && !words[last - 1].InQuote && words[last - 1].Lower.EndsWith('s')
            && !words[last].OpensSentence && CueFinder.IsSpaceOnly(text, words[last - 1].End, words[last].Start)
            && !(last > 1 && AttributionLexicon.Pronouns.Contains(words[last - 2].Text))
            && CueFinder.IsSpaceOnly(text, words[last].End, words[cueFirst].Start)
            && !AttributionLexicon.ClauseOpeners.Contains(words[last - 1].Text) && AttributionLexicon.MatchVerb(words, last - 1) == 0
            && Find(text, words, last) is { } group)
        {
            return new TextRange(group.Start, words[last].End);
        }

        // "she’ll support", "I'd say": the pronoun of a contraction is the source.
        if (PronounOfContraction(words[last]) is { } pronoun && CueFinder.IsSpaceOnly(text, words[last].End, words[cueFirst].Start))
        {
            return pronoun;
        }

        // "Voters who said the mayor lied backed Vale": the subject runs back over a relative clause reporting a clause.
        if (ReportedClauseSubject.Find(text, words, cueFirst) is { } restricted)
        {
            return restricted;
        }

        // "An aide who spoke on condition of anonymity said": the subject runs back over the aside that explains it.
        if (AnonymousSubject.Find(text, words, cueFirst) is { } unnamed)
        {
            return unnamed;
        }

        var gap = text.AsSpan(words[last].End, words[cueFirst].Start - words[last].End);

        // "Mitch McConnell, R-Ky., said": the full stop of the state abbreviation stands in the gap.
        // "Ann Lee, a pilot from Roanoke, Va., said": so does the full stop of a short place abbreviation.
        // "A third of the pilots, 33 percent, say", "Just over half, 52%, say": a share restated as a figure.
        if (gap.Trim() is [','] or ['%', ','] && ShareWithFigure(text, words, last) is { } share)
        {
            return share;
        }

        var partyComma = gap.Trim().SequenceEqual(".,") && (NounPhrase.IsPartyTag(words[last].Text) || NounPhrase.IsPlaceAbbreviation(words[last]));
        if ((gap.Trim().SequenceEqual(",") || partyComma) && Appositive(text, words, last) is { } appositive)
        {
            return appositive;
        }

        // "Gov. John Kasich (R-OH), said": a bracket closed by a comma ends the name.
        var bracketComma = gap.Trim() is ")," or ".),";
        if (!bracketComma && !NounPhrase.IsNounGap(text, words[last].End, words[cueFirst].Start))
        {
            return null;
        }

        if (DatedPoll(text, words, last) is { } dated)
        {
            return dated;
        }

        var first = NounPhrase.Start(text, words, last);
        if (first < 0)
        {
            return null;
        }

        // "Bolton and Gorka were both critical of", "Cruz and Rubio have both urged": a floating quantifier after the
        // auxiliary stands for the subject before it.
        if (first == last && words[last].Lower is "both" or "all" && last >= 2 && !words[last - 1].InQuote
            && words[last - 1].Lower is "were" or "are" or "have" or "had" or "has" or "will" or "would" or "can" or "could"
            && CueFinder.IsSpaceOnly(text, words[last - 1].End, words[last].Start))
        {
            // "Holt's rivals, Sens. Nora Vale and Tom Lane, have both urged": an aside may close the subject before the
            // auxiliary; the sentence's subject is then the source.
            return CueFinder.IsSpaceOnly(text, words[last - 2].End, words[last - 1].Start) ? Find(text, words, last - 1) : SubjectBeforeFloatingQuantifier(text, words, last);
        }

        if (SubjectBeforeAdjacentQuantifier(text, words, last) is { } quantified)
        {
            return quantified;
        }

        // "Harbour board members — whose party prized unity — both suggested": a floating quantifier right after an aside
        // closed by a dash stands for the sentence's subject before the aside.
        if (first == last && words[last].Lower is "both" or "all" && last >= 2 && !words[last - 1].InQuote
            && text.AsSpan(words[last - 1].End, words[last].Start - words[last - 1].End).Trim() is ['—'] or ['–'] or "--")
        {
            return SubjectBeforeFloatingQuantifier(text, words, last);
        }

        // "A poll released Wednesday found": the day dates the report, which is the source.
        if (SourcePhrase.DatingParticiple(words, first, last) is { } participle && Find(text, words, participle) is { } report)
        {
            return new TextRange(report.Start, words[last].End);
        }

        // "Saturday at the party convention Sen. Elizabeth Warren said", "During the debate Clinton said": a phrase
        // opened by a preposition, then a name; the name right before the cue is the subject, the phrase before it
        // only says where or when.
        if (NameAfterOpeningPhrase(text, words, first, last) is { } name)
        {
            return name;
        }

        // "Dana Holt of Dover, Maine said": a state after a town and a comma closes the place; the subject is the phrase
        // that ends on the town, then the state.
        if (SubjectBeforeTownAndRegion(text, words, first, last) is { } townSubject)
        {
            return townSubject;
        }

        // "The Select Committee on Harbours said": the phrase after "on" ends the institution's name; the source is the
        // phrase read back from "on", then the name's end.
        if (first >= 2 && InstitutionNameGoesOn(words, first, last) && !words[first - 1].InQuote
            && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start) && CueFinder.IsSpaceOnly(text, words[first - 2].End, words[first - 1].Start)
            && Find(text, words, first - 1) is { } institution)
        {
            return new TextRange(institution.Start, words[last].End);
        }

        // "Trump in his first speech called": a phrase after a preposition is not the subject; the subject stands
        // before the preposition. Not after an indefinite pronoun, which the phrase restricts ("Nobody on the pier said").
        // Not a pronoun in the subject case ("jeered at the Harbour Club after he said"): no preposition governs it, so
        // the word before it opens a clause whose subject it is.
        if (first >= 2 && !(first == last && words[first].IsPersonalSubjectPronoun) && words[first - 1].Lower is "in" or "at" or "on" or "during" or "after" or "before" or "since" or "through" or "over" or "throughout"
            && !words[first - 1].InQuote && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start) && CueFinder.IsSpaceOnly(text, words[first - 2].End, words[first - 1].Start)
            && words[first - 2].IsCapitalized && !IndefinitePronounHeads.Contains(words[first - 2].Lower) && !GroupAtPlace(words, first, last) && !MeasuredClauseOpener(words, first - 1)
            && !SubordinateClauseAfterDay(words, first - 1)
            && !(words[first - 1].Lower == "over" && AttributionLexicon.QuantityDegreeWords.Contains(words[first - 2].Lower))
            && Find(text, words, first - 1) is { } subject)
        {
            return subject;
        }

        // "Trump at the time said", "the mayor on Tuesday rejected", "the agency two weeks ago said": a time phrase
        // between the subject and the cue is never the source; the subject stands before it.
        if (TimePhraseStart(words, first, last) is { } adverbial)
        {
            // "Gore's friends have in the past said": the auxiliaries before the time phrase belong to the cue.
            var beforeAdverbial = adverbial;
            while (beforeAdverbial > 1 && !words[beforeAdverbial - 1].InQuote && words[beforeAdverbial - 1].Lower is "have" or "has" or "had" or "will" or "would" or "also"
                && CueFinder.IsSpaceOnly(text, words[beforeAdverbial - 1].End, words[beforeAdverbial].Start))
            {
                beforeAdverbial--;
            }

            // Not after a relative pronoun ("Beck, who has in the past described …"), whose clause the quote rules read.
            if (beforeAdverbial < adverbial && words[beforeAdverbial - 1].Lower is "who" or "which" or "that")
            {
                beforeAdverbial = adverbial;
            }

            // "Nora Vale (D-Troy) on Saturday criticized", "Dana Holt, who chairs the harbour team, on Sunday defended": the
            // subject may close with a bracket or with the comma that ends its aside before the time phrase.
            if (adverbial <= 0 || adverbial >= cueFirst || !(CueFinder.IsSpaceOnly(text, words[adverbial - 1].End, words[adverbial].Start)
                || text.AsSpan(words[adverbial - 1].End, words[adverbial].Start - words[adverbial - 1].End).Trim() is "," or ")" or "),"))
            {
                return null;
            }

            return Find(text, words, beforeAdverbial);
        }

        // "the agency two weeks ago said": the phrase read back ran on over a time phrase ending in "ago"; the subject
        // is what stands before that phrase.
        if (words[last].Lower == "ago" && first < last)
        {
            var k = last;
            while (k - 1 > first && IsTimeWord(words[k - 1]))
            {
                k--;
            }

            if (!IsTimeWord(words[k - 1]) && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
            {
                return Find(text, words, k);
            }
        }

        // The gap after the last word may hold a closing bracket: "Sen. Lindsey Graham (R-SC) said".
        var end = words[last].End;
        var g = gap.TrimEnd().TrimEnd(',');
        if (g.Length > 0 && g[^1] == ')')
        {
            end = words[last].End + g.Length;
        }

        first = WithQuantityDegree(words, first, last);

        // "Some advocates for stem cell research said": the phrase read back from the cue may be the object of a
        // preposition that names no one, while the subject it belongs to does.
        var subjectStart = ExtendOverPrepositions(text, words, first, last);
        if (!NounPhrase.CanNameSource(words, first, last) && !(subjectStart < first && (NounPhrase.CanNameSource(words, subjectStart, last) || OwnerBeforeWhoseNamesSource(words, subjectStart, first)
            || HeadBeforeObjectPronounNamesSource(text, words, subjectStart, first, last))))
        {
            return null;
        }

        // "Neither Cruz nor Christie", "Bush, Christie and Kasich": the pair or list opening the sentence is the source.
        var listStart = SourcePhrase.WithListBefore(text, words, SourcePhrase.WithNeither(text, words, first), last);
        // "Dana Holt, Nora Vale and harbour chief Tom Lane said": the phrase read back starts at the role after "and",
        // and the walk back joined it to the name before the conjunction only; that name may close a list opened by
        // commas, which is the source as a whole.
        if (listStart == first && subjectStart < first && first >= 1 && words[first - 1].Lower is "and" or "or" && !words[first - 1].InQuote)
        {
            listStart = SourcePhrase.WithListBefore(text, words, subjectStart, last);
        }

        // "Most Republican voters in Alabama, Georgia and Virginia said": the subject takes in a list that ends its phrase.
        if (listStart < first && subjectStart == first && ExtendOverPrepositions(text, words, listStart, last) is var listSubject && listSubject < listStart
            && NounPhrase.CanNameSource(words, listSubject, last))
        {
            listStart = listSubject;
        }

        var start = WithPredeterminer(text, words, Math.Min(subjectStart, listStart));
        return new TextRange(words[start].Start, end);
    }

    // "All the pilots say", "Both the board and the union say": "all" or "both" before an article or a possessive is a
    // predeterminer, part of the noun phrase it stands in (PolNeAR keeps it in the source); after "almost" or "nearly"
    // the degree word would belong to it as well, and the corpus is split there, so that is left as it was.
    private static int WithPredeterminer(string text, List<WordToken> words, int start)
    {
        if (start < 1 || words[start - 1].InQuote || words[start - 1].Lower is not ("all" or "both")
            || !AttributionLexicon.PhraseOpeners.Contains(words[start].Text) || !CueFinder.IsSpaceOnly(text, words[start - 1].End, words[start].Start)
            || (start >= 2 && words[start - 2].Lower is "almost" or "nearly" && CueFinder.IsSpaceOnly(text, words[start - 2].End, words[start - 1].Start)))
        {
            return start;
        }

        return start - 1;
    }

    // The name closing words[first..last] when those words are a preposition's phrase followed by that name: a
    // lower-case noun of the phrase, then capitalised words only up to the cue ("the convention | Sen. Ann Lee (D-MA)").
    private static TextRange? NameAfterOpeningPhrase(string text, List<WordToken> words, int first, int last)
    {
        if (first < 1 || first >= last || words[first - 1].InQuote || !IsOpeningPreposition(words[first - 1].Lower)
            || !CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start) || !OpensSentence(text, words, first - 1))
        {
            return null;
        }

        var s = last;
        while (s - 1 > first && words[s - 1].IsCapitalized && !words[s - 1].InQuote)
        {
            s--;
        }

        // The name runs up to the cue: "Sen. Ann Lee" or "Ann Lee (D-ME)" ("D-ME" is capitalised too).
        for (var j = s; j <= last; j++)
        {
            if (!words[j].IsCapitalized)
            {
                return null;
            }
        }

        var before = words[s - 1];
        if (s - 1 <= first || words[first].Lower is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "this" or "that")
            || !words[s].IsCapitalized || before.IsCapitalized || before.InQuote
            || !(NounPhrase.IsPlainNoun(words, s - 1) || (s - 2 >= first && words[s - 2].Lower is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "their"))
            || AttributionLexicon.Pronouns.Contains(before.Text) || words.Skip(s).Take(last - s + 1).Any(w => w.IsPossessive)
            || AttributionLexicon.CueTimeWords.Contains(words[last].Text) || !CueFinder.IsSpaceOnly(text, before.End, words[s].Start))
        {
            return null;
        }

        var end = words[last].End;
        var gap = text.AsSpan(end, (last + 1 < words.Count ? words[last + 1].Start : text.Length) - end).TrimEnd().TrimEnd(',');
        if (gap.Length > 0 && gap[^1] == ')')
        {
            end += gap.Length;
        }

        return NounPhrase.CanNameSource(words, s, last) ? new TextRange(words[s].Start, end) : null;
    }

    // Whether the preposition at word k opens its sentence, perhaps after a day or time ("Saturday at the convention").
    // ("after", "before" and "since" are left out: they open clauses whose subject is the phrase after them, "after a
    // desperate HP asked".)
    private static bool OpensSentence(string text, List<WordToken> words, int k)
    {
        while (k > 0 && !words[k].OpensSentence && !words[k - 1].InQuote && IsTimeWord(words[k - 1]) && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            k--;
        }

        return k == 0 || words[k].OpensSentence;
    }

    private static bool IsOpeningPreposition(string lower) =>
        lower is "in" or "at" or "on" or "during" or "throughout" or "amid";

    // "About three in 10", "Nearly a third", "Not everyone", "At least half", "Less than a third": a word of degree
    // before a quantity belongs to it.
    private static int WithQuantityDegree(List<WordToken> words, int first, int last)
    {
        if (first >= 1 && first < last && words[first].Lower == "least" && words[first - 1].Lower == "at" && !words[first - 1].InQuote)
        {
            return first - 1;
        }

        var quantity = words[first];
        var isQuantity = NounPhrase.IsNumberWord(quantity) || quantity.Lower is "a" or "half" or "all" or "everyone" or "everybody" or "most" or "many"
            or "nobody" or "none" or "one" || (quantity.Text.Contains('-', StringComparison.Ordinal) && NounPhrase.IsNumberWord(quantity with { Text = quantity.Text[..quantity.Text.IndexOf('-', StringComparison.Ordinal)] }));
        if (!isQuantity || first > last)
        {
            return first;
        }

        var k = first;
        if (k >= 2 && words[k - 1].Lower is "than" && words[k - 2].Lower is "more" or "less" or "fewer" && !words[k - 2].InQuote)
        {
            k -= 2;
        }
        else if (k >= 2 && words[k - 1].Lower is "least" && words[k - 2].Lower is "at" && !words[k - 2].InQuote)
        {
            k -= 2;
        }

        // "just over a quarter", "only about half": degree words may stack.
        for (var degrees = 0; degrees < 2 && k >= 1 && !words[k - 1].InQuote && AttributionLexicon.QuantityDegreeWords.Contains(words[k - 1].Lower); degrees++)
        {
            k--;
        }

        return k;
    }

    // "A statement from Lee’s office", "many officials on and off the island", "The report published Tuesday": a
    // subject that opens its clause takes in the phrases after its head; the source found from the cue backwards stops
    // at their preposition. Returns the word the subject starts at.
    private static int ExtendOverPrepositions(string text, List<WordToken> words, int first, int last)
    {
        var k = first;
        var crossed = false;

        // "Many of you": a pronoun after "of" ends a quantity phrase; other pronouns are the whole subject ("her
        // opponents" is a noun phrase opened by a possessive). An object pronoun after a preposition is never the
        // subject: "a source close to him said", "people familiar with them say".
        if (AttributionLexicon.Pronouns.Contains(words[first].Text) && !(first < last && AttributionLexicon.PhraseOpeners.Contains(words[first].Text)) && !(first >= 1 && words[first - 1].Lower == "of" && words[first].Lower is "you" or "us" or "them")
            && !IsObjectOfPreposition(words, first, last) && !IsObjectOfRelativeClause(text, words, first, last))
        {
            return first;
        }

        // "Even skippers who fought floods say", "Though managers who fought floods say": a focusing "even" or a
        // conjunction opening the sentence stands before the subject, never inside it, though capitalised.
        while (k - 1 >= 0 && last - (k - 1) < CueFinder.MaxSourceWords + 4)
        {
            var prev = words[k - 1];
            if (prev.InQuote || !NounPhrase.IsNounGap(text, prev.End, words[k].Start) || (k - 1 == 0 && prev.Lower is "but" or "and" or "yet" or "so")
                || prev.Lower == "even" || (prev.IsCapitalized && AttributionLexicon.SubordinatingConjunctions.Contains(prev.Text)))
            {
                break;
            }

            if (AttributionLexicon.SubjectPrepositions.Contains(prev.Text) && !prev.IsCapitalized)
            {
                crossed = true;
            }
            else if (RestrictiveClauseStart(text, words, k, last) is { } pronoun)
            {
                // "Senior advisers who have run the numbers argue": a relative clause without commas restricts the head.
                k = pronoun;
                crossed = true;
                continue;
            }
            else if (IsPostModifyingParticiple(words, k - 1))
            {
                // "People briefed on the talks said", "superdelegates supporting Sanders declined": a participle after the
                // head noun opens a phrase that belongs to the subject.
                crossed = true;
            }
            else if (AttributionLexicon.Pronouns.Contains(prev.Text) && !AttributionLexicon.PhraseOpeners.Contains(prev.Text))
            {
                break;
            }
            else if (k == first && NounPhrase.HeadsZeroRelative(words, k - 1, k, last))
            {
                // "One of the jobs Holt talks about most is …": the noun before the subject heads a relative clause
                // without "that" whose subject is the phrase read back; it is no part of that subject.
                break;
            }
            else if (!(prev.IsCapitalized || NounPhrase.IsPlainNoun(words, k - 1) || AttributionLexicon.PhraseOpeners.Contains(prev.Text) || AttributionLexicon.GroupDeterminers.Contains(prev.Text)
                || prev.Text.Any(char.IsDigit) || PublishedWhen(words, k - 1) || (prev.Lower is "last" or "first" or "next" && k >= 2 && AttributionLexicon.PhraseOpeners.Contains(words[k - 2].Text))
                || IsNounAfterDeterminer(words, k - 1)))
            {
                break;
            }

            k--;
        }

        if (!crossed || k == first)
        {
            return first;
        }

        // "More than half of the pilots who …", "More than 6 in 10 voters who …": the walk back stops at "than"; the
        // comparison belongs to the quantity that opens the subject.
        k = WithQuantityDegree(words, k, last);

        // The phrase must open its clause: the passage's start, a comma, or a conjunction opening the sentence.
        // "… is that 78 percent of voters in a poll said", "When someone in the audience shouted": a subordinating
        // conjunction opens the clause too.
        // "Even skippers who fought floods say": a focusing "even" that opens the clause stands outside the subject.
        var opensClause = OpensClauseAt(text, words, k)
            || (!words[k - 1].InQuote && words[k - 1].Lower == "even" && (k - 1 == 0 || OpensClauseAt(text, words, k - 1)));
        var start = words[k];
        var opensPhrase = AttributionLexicon.GroupDeterminers.Contains(start.Text) || AttributionLexicon.PhraseOpeners.Contains(start.Text) || NounPhrase.IsNumberWord(start)
            || (start.IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(start.Text)) || NounPhrase.IsPluralNoun(words, k)
            || HeadsPeople(words, k, first, last) || OpensQuantityDegree(words, k) || IndefinitePronounHeads.Contains(start.Lower);
        if (!opensClause || !opensPhrase
            || (AttributionLexicon.SubjectPrepositions.Contains(words[k].Text) && !(words[k].IsCapitalized && AttributionLexicon.QuantityDegreeWords.Contains(words[k].Lower)) && !OpensQuantityDegree(words, k)))
        {
            return first;
        }

        return k;
    }

    // "The pier will reopen in May, but officials familiar with the talks say …", "…, so skippers in the harbour say …":
    // "but", "and", "yet" or "so" after a comma opens a new clause mid-sentence, as it does at the sentence's start. Not
    // before a contraction ("…, but there's a gap between …"): its verb is already the clause's.
    private static bool CoordinatorAfterComma(string text, List<WordToken> words, int k) =>
        k >= 1 && k + 1 < words.Count && !words[k].InQuote && IsCoordinator(words[k])
        && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [',']
        && words[k + 1].Text.IndexOfAny(['\'', '’']) < 0;

    // "Holt spoke on Sunday after the pilot had said …": after a weekday, "after", "before" or "since" opens a clause whose
    // subject is the phrase before the cue; the weekday is no name that a prepositional phrase could follow.
    private static bool SubordinateClauseAfterDay(List<WordToken> words, int preposition) =>
        words[preposition].Lower is "after" or "before" or "since" && AttributionLexicon.DayWords.Contains(words[preposition - 1].Text);

    // The sentence's subject when it ends before the floating quantifier at word quantifier; else null.
    private static TextRange? SubjectBeforeFloatingQuantifier(string text, List<WordToken> words, int quantifier) =>
        SentenceSubject.Of(text, words, quantifier) is { } subject && subject.End <= words[quantifier].Start && subject.Start != words[quantifier].Start ? subject : null;

    // The conjunctions that open a clause of their own: "but", "and", "yet", "so".
    private static bool IsCoordinator(WordToken word) => word.Lower is "but" or "and" or "yet" or "so";

    // "At least half of pilots in each port", "Only about 4 in 10 pilots in each port": a degree word, or "at least",
    // before the quantity that opens the subject.
    // "More than half of the pilots who …", "Fewer than 6 in 10 …": a comparison with "than" before the quantity is a
    // degree of it too.
    private static bool OpensQuantityDegree(List<WordToken> words, int k)
    {
        if (words[k].InQuote || !(k == 0 || words[k].OpensSentence) || k + 1 >= words.Count)
        {
            return false;
        }

        if (words[k].Lower is "more" or "fewer" or "less" && words[k + 1].Lower == "than" && k + 2 < words.Count)
        {
            k++;
        }
        else if (!(AttributionLexicon.QuantityDegreeWords.Contains(words[k].Lower) || (words[k].Lower == "at" && words[k + 1].Lower == "least")))
        {
            return false;
        }

        return words[k + 1].Lower is "least" or "about" or "half" or "a" or "one" || NounPhrase.IsNumberWord(words[k + 1]) || words[k + 1].Text.Any(char.IsDigit);
    }

    // "The skippers who met her on Thursday say", "groups who wrote to him say": an object pronoun, alone before the cue,
    // closing a relative clause without commas; the clause restricts the noun before its pronoun, which is the subject.
    internal static bool IsObjectOfRelativeClause(string text, List<WordToken> words, int first, int last) =>
        first == last && IsObjectPronoun(words[first]) && RestrictiveClauseStart(text, words, first, last) is not null;

    // "local groups that have endorsed him say": when the relative clause ends on an object pronoun, the head before the
    // clause ("local groups"), not the pronoun, must name the speaker.
    private static bool HeadBeforeObjectPronounNamesSource(string text, List<WordToken> words, int subjectStart, int first, int last) =>
        first == last && IsObjectPronoun(words[first]) && RestrictiveClauseStart(text, words, first, last) is { } pronoun && pronoun - 1 >= subjectStart
        && NounPhrase.CanNameSource(words, subjectStart, pronoun - 1);

    // "close to him", "familiar with them": an object pronoun, alone before the cue, after a preposition.
    private static bool IsObjectOfPreposition(List<WordToken> words, int first, int last) =>
        first == last && first >= 1 && IsObjectPronoun(words[first]) && !words[first - 1].InQuote
        && AttributionLexicon.SubjectPrepositions.Contains(words[first - 1].Text) && !words[first - 1].IsCapitalized;

    /// <summary>Whether the word is a personal pronoun in its object form ("him", "her", "them", "us", "me").</summary>
    internal static bool IsObjectPronoun(WordToken word) => word.Lower is "him" or "her" or "them" or "us" or "me";

    // "A person familiar with the planning for Thursday’s meeting says", "People familiar with the plans for the
    // meeting say": a lower-case word right after an article or possessive is a noun even where it could be a verb
    // ("planning", "plans"), so the phrase it ends goes on back to the subject's head.
    private static bool IsNounAfterDeterminer(List<WordToken> words, int i) =>
        i >= 1 && !words[i].IsCapitalized && !AttributionLexicon.ClauseOpeners.Contains(words[i].Text) && !AttributionLexicon.Pronouns.Contains(words[i].Text)
        && words[i - 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her";

    // "female donors in both parties", "people close to the vice president", "someone in the audience": lower-case words
    // from k up to the first preposition, one of them a noun for people (a plural, a role, "people", "someone"), head the
    // subject whose phrase the cue's backward search stopped in.
    private static bool HeadsPeople(List<WordToken> words, int k, int first, int last)
    {
        // "dozens of times on the radio Vale said": a phrase telling when or where words were said is no subject.
        for (var i = k; i <= last; i++)
        {
            if (AttributionLexicon.DayWords.Contains(words[i].Text) || AttributionLexicon.TimeWords.Contains(words[i].Text) || SourcePhrase.IsOccasion(words[i])
                || words[i].Lower is "times" or "years" or "days" or "weeks" or "months" or "hours")
            {
                return false;
            }
        }

        // "people who have fought other floods say": a restrictive clause ends the head as a preposition does; the
        // noun before its pronoun is what the subject names.
        var head = k;
        while (head + 1 < first && !AttributionLexicon.SubjectPrepositions.Contains(words[head + 1].Text) && !OpensRelativeClause(words[head + 1]))
        {
            head++;
        }

        for (var i = k; i <= head; i++)
        {
            if (words[i].IsCapitalized || words[i].InQuote || !NounPhrase.IsPlainNoun(words, i))
            {
                return false;
            }
        }

        // "people close to", "a person familiar with": an adjective may stand between the noun and the preposition.
        return head + 1 < first && Enumerable.Range(k, head - k + 1).Any(i => NounPhrase.IsPluralNoun(words, i) || NounPhrase.IsRoleNoun(words[i])
            || words[i].Lower is "people" or "someone" or "somebody" or "person" or "anyone" or "everyone");
    }

    // "The pilots all said", "The mayor and her deputy both argued", "The two women each said": a floating quantifier
    // right after the subject stands for it; the subject is the source. "They both said", "we all agree": the pronoun
    // before the quantifier, opening its clause, is the source; in "the Trump we all knew" it opens a relative clause
    // that reports nothing.
    private static TextRange? SubjectBeforeAdjacentQuantifier(string text, List<WordToken> words, int last)
    {
        if (words[last].Lower is not ("both" or "all" or "each") || last < 1 || words[last - 1].InQuote
            || !CueFinder.IsSpaceOnly(text, words[last - 1].End, words[last].Start))
        {
            return null;
        }

        var before = words[last - 1];
        if (before.Lower is "we" or "they" or "you")
        {
            return OpensClauseAt(text, words, last - 1) ? before.Range : null;
        }

        return AttributionLexicon.AuxiliaryVerbs.Contains(before.Text) || AttributionLexicon.ClauseOpeners.Contains(before.Text) || SubjectPronounOrDeterminer(before)
            ? null
            : Find(text, words, last);
    }

    // "we all said", "they both agree" (read above), "the all", "of all".
    private static bool SubjectPronounOrDeterminer(WordToken word) =>
        AttributionLexicon.Pronouns.Contains(word.Text) || AttributionLexicon.GroupDeterminers.Contains(word.Text) || word.Lower is "the" or "a" or "an" or "of";

    // Whether words[k] opens its clause: the passage's start, a comma, or a conjunction opening the sentence.
    internal static bool OpensClauseAt(string text, List<WordToken> words, int k) =>
        k == 0 || words[k].OpensSentence || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [','] or [';'] or [':'] or ['—'] or ['–'] or ['.']
            || (k == 1 && IsCoordinator(words[0]))
            || CoordinatorAfterComma(text, words, k - 1)
            || (!words[k - 1].InQuote && words[k - 1].Lower is "that" or "when" or "while" or "because" or "although" or "though" or "if" or "whether" or "since")
            || AfterClosedQuote(text, words, k);

    // "“The pier must close,” officials in Kent said": a quote closed on a comma, question or exclamation mark ends its
    // clause, so the words after it open the tag's own clause, as after a plain comma.
    private static bool AfterClosedQuote(string text, List<WordToken> words, int k)
    {
        if (!words[k - 1].InQuote || words[k].InQuote)
        {
            return false;
        }

        var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
        var unquoted = gap.Trim("”\"'’");
        return unquoted.Length < gap.Length && unquoted is [','] or ['?'] or ['!'];
    }

    private static bool OpensRelativeClause(WordToken word) => !word.InQuote && word.Lower is "who" or "that" or "which" or "whose";

    // The subject of "Dana Holt of Dover, Maine said" when words[first..last] are the state ("Maine", "South Carolina")
    // after a capitalised town and a comma, and the phrase ending on the town runs back over a preposition to a subject
    // opening its clause ("Dana Holt of Dover"); null otherwise. A town alone ("In Dover, Maine, Holt said") is no subject.
    private static TextRange? SubjectBeforeTownAndRegion(string text, List<WordToken> words, int first, int last)
    {
        var region = text[words[first].Start..words[last].End];
        if (first < 3 || last - first > 1 || !words[first - 1].IsCapitalized || words[first - 1].InQuote
            || text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim() is not [',']
            || !AttributionLexicon.Regions.Contains(region))
        {
            return null;
        }

        var town = first - 1;
        var townStart = NounPhrase.Start(text, words, town);
        if (townStart < 0)
        {
            return null;
        }

        // "Dana Holt of Dover" may be read back as one capitalised phrase already; either way a preposition must tie the
        // town to the subject.
        var subjectStart = ExtendOverPrepositions(text, words, townStart, town);
        var tied = false;
        for (var k = subjectStart + 1; k < town; k++)
        {
            tied |= !words[k].IsCapitalized && AttributionLexicon.SubjectPrepositions.Contains(words[k].Text) && words[k].Lower != "and";
        }

        return tied && NounPhrase.CanNameSource(words, subjectStart, town) ? new TextRange(words[subjectStart].Start, words[last].End) : null;
    }

    // "The Select Committee on Harbours said", "the Council on Coastal Trade found": an institution's head noun, "on" and a
    // capitalised phrase naming no day or time is one name (PolNeAR keeps it whole), unlike "the Senate on Tuesday voted",
    // where the phrase only dates the report.
    private static bool InstitutionNameGoesOn(List<WordToken> words, int first, int last)
    {
        if (words[first - 1].Lower != "on" || !AttributionLexicon.InstitutionHeads.Contains(words[first - 2].Lower) || !words[first].IsCapitalized)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (AttributionLexicon.DayWords.Contains(words[k].Text) || AttributionLexicon.TimeWords.Contains(words[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Spokesmen at the FBI said", "Democrats in Iowa said": a plural noun opening the sentence, tied by "at", "in" or
    // "on" to a name, is a group the place or body defines (unlike "Trump in his speech"); the whole phrase is the subject.
    private static bool GroupAtPlace(List<WordToken> words, int first, int last) =>
        words[first - 1].Lower is "in" or "at" or "on" && (words[last].IsCapitalized || GroupDefiningObject(words, first, last))
        && (NounPhrase.IsPluralNoun(words, first - 2) || AttributionLexicon.Roles.Contains(words[first - 2].Text) || words[first - 2].Lower is "people" or "officials" or "spokesmen" or "leaders")
        && (first - 2 == 0 || words[first - 2].OpensSentence) && !AttributionLexicon.DayWords.Contains(words[last].Text) && !AttributionLexicon.TimeWords.Contains(words[last].Text);

    // "Partisans on both sides", "Majorities in many European countries": a lower-case object opened by a quantity or
    // determiner that names no occasion, time or pronoun ("Democrats in a statement", "Voters on Tuesday" stay out).
    private static bool GroupDefiningObject(List<WordToken> words, int first, int last)
    {
        if (!(AttributionLexicon.GroupDeterminers.Contains(words[first].Text) || AttributionLexicon.PhraseOpeners.Contains(words[first].Text))
            || AttributionLexicon.Pronouns.Contains(words[first].Text) || !NounPhrase.IsPluralNoun(words, last))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (SourcePhrase.IsOccasion(words[k]) || AttributionLexicon.DayWords.Contains(words[k].Text) || AttributionLexicon.TimeWords.Contains(words[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Democrats in Iowa who watched the debate said": the relative pronoun of a clause that runs without commas from the
    // noun before it up to word k, when a verb follows the pronoun (the clause's subject is the pronoun, so the phrase at
    // k is an object in it, never the subject of the cue); null otherwise. "The report that Trump said" has no verb
    // after "that": Trump is the subject.
    // "The harbour officials whose rules were struck down say": when the subject runs on over a clause opened by "whose",
    // the words before the pronoun name the group ("The harbour officials"), not the clause's last words ("struck down").
    private static bool OwnerBeforeWhoseNamesSource(List<WordToken> words, int subjectStart, int first)
    {
        for (var k = subjectStart + 1; k < first; k++)
        {
            if (words[k].Lower == "whose" && !words[k].InQuote)
            {
                return NounPhrase.CanNameSource(words, subjectStart, k - 1);
            }
        }

        return false;
    }

    // "Skippers whose boats sank say", "officials whose rules were struck down say": a clause opened by "whose" restricts
    // the head too; the noun right after "whose" is the clause's subject, so the phrase read back may start on it. The
    // clause's verb must stand before the cue (last is the word before it): in "the pilot whose letter revealed …" the
    // cue is the clause's own verb.
    private static int? RestrictiveClauseStart(string text, List<WordToken> words, int k, int last)
    {
        for (var j = k - 1; j >= 1 && k - j <= 8; j--)
        {
            var w = words[j];
            if (w.InQuote || !NounPhrase.IsNounGap(text, w.End, words[j + 1].Start))
            {
                return null;
            }

            if (w.Lower == "whose")
            {
                var owner = words[j - 1];
                var possessed = words[j + 1];
                return j + 1 < last && !owner.InQuote && NounPhrase.IsNounGap(text, owner.End, w.Start) && NounPhrase.IsPlainNoun(words, j - 1)
                    && !possessed.IsCapitalized && NounPhrase.IsPlainNoun(words, j + 1)
                    ? j
                    : null;
            }

            // "Pilots who own boats say", "skippers who buy nets argue": right after "who", the first word of a phrase
            // read back as one ("own boats") is the clause's verb, not a noun, unless it is a plural noun that may be
            // the clause's own subject ("the pilot who officials say").
            var verbReadAsNoun = j == k - 1 && w.Lower == "who" && k < last && !NounPhrase.IsPluralNoun(words, k);
            if ((j == k - 1 && !verbReadAsNoun) || w.Lower is not ("who" or "that" or "which"))
            {
                // A capitalised word may open the phrase read back, but not stand inside the clause, save as the object
                // of a preposition ("skippers who came to Dover to protest the meeting say"): a place or a name there
                // is the clause's.
                if (w.IsCapitalized && j + 1 < k && !IsObjectOfPrepositionInClause(words, j))
                {
                    return null;
                }

                continue;
            }

            var verb = words[j + 1];
            var head = words[j - 1];
            return !verb.IsCapitalized && !AttributionLexicon.PhraseOpeners.Contains(verb.Text) && !AttributionLexicon.GroupDeterminers.Contains(verb.Text)
                && !AttributionLexicon.Pronouns.Contains(verb.Text) && !head.InQuote && NounPhrase.IsNounGap(text, head.End, w.Start)
                && (NounPhrase.IsPlainNoun(words, j - 1) || head.IsCapitalized || IsGerundAfterDeterminer(words, j - 1)) && !AttributionLexicon.Pronouns.Contains(head.Text)
                ? j
                : null;
        }

        return null;
    }

    private static bool IsObjectOfPrepositionInClause(List<WordToken> words, int j) =>
        j >= 1 && !words[j - 1].InQuote && !words[j - 1].IsCapitalized && AttributionLexicon.SubjectPrepositions.Contains(words[j - 1].Text) && words[j - 1].Lower != "and";

    // "The little polling that was done before the vote showed", "the early voting that ended Sunday shows": a word in
    // -ing after an article or possessive, perhaps with one adjective between, is a noun (the activity), and may head
    // the relative clause that restricts the subject.
    private static bool IsGerundAfterDeterminer(List<WordToken> words, int k)
    {
        var word = words[k];
        if (k < 1 || word.IsCapitalized || word.InQuote || word.Lower.Length < 6 || !word.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var before = words[k - 1];
        if (!before.InQuote && AttributionLexicon.PhraseOpeners.Contains(before.Text))
        {
            return true;
        }

        return k >= 2 && !before.InQuote && !before.IsCapitalized && NounPhrase.IsPlainNoun(words, k - 1) && !AttributionLexicon.ClauseOpeners.Contains(before.Text)
            && !words[k - 2].InQuote && AttributionLexicon.PhraseOpeners.Contains(words[k - 2].Text);
    }

    // "People briefed on the talks", "superdelegates supporting Sanders", "a worker named Ann Lee": a participle right
    // after a plural or common noun, followed by a preposition, a time word or a name.
    internal static bool IsPostModifyingParticiple(List<WordToken> words, int k)
    {
        if (k < 1 || k + 1 >= words.Count || words[k].IsCapitalized || words[k + 1].InQuote || words[k - 1].InQuote
            || !(NounPhrase.IsPlainNoun(words, k - 1) || (words[k - 1].IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(words[k - 1].Text)))
            || AttributionLexicon.Pronouns.Contains(words[k - 1].Text))
        {
            return false;
        }

        var next = words[k + 1];
        if (AttributionLexicon.DayWords.Contains(next.Text) || AttributionLexicon.TimeWords.Contains(next.Text))
        {
            return false;
        }

        if (words[k].Lower.EndsWith("ing", StringComparison.Ordinal) && words[k].Text.Length > 5)
        {
            return AttributionLexicon.MatchVerb(words, k) == 0 || next.IsCapitalized || AttributionLexicon.PhraseOpeners.Contains(next.Text);
        }

        if (!(CueFinder.IsPastTense(words[k]) || SubjectParticiples.Contains(words[k].Text)))
        {
            return false;
        }

        return next.Lower == "by"
            || (SubjectParticiples.Contains(words[k].Text) && (AttributionLexicon.SubjectPrepositions.Contains(next.Text) || (words[k].Lower is "named" or "called" or "known" && (next.IsCapitalized || next.Lower == "as"))));
    }

    private static readonly FrozenSet<string> SubjectParticiples =
        Text.Lexicon.Lines("Lexicons/subject-participles.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "The report published Tuesday", "a poll conducted by Gallup": a participle after a noun, then a time word or a
    // preposition of agent or place.
    private static bool PublishedWhen(List<WordToken> words, int k) =>
        CueFinder.IsPastTense(words[k]) && k >= 1 && !words[k - 1].IsCapitalized && NounPhrase.IsPlainNoun(words, k - 1) && !AttributionLexicon.GroupDeterminers.Contains(words[k - 1].Text)
        && k + 1 < words.Count && (AttributionLexicon.CueTimeWords.Contains(words[k + 1].Text) || words[k + 1].Lower is "by" or "on" or "in");

    // Where the time phrase words[first..last] starts, with its preposition ("at the time", "less than two weeks ago"), or
    // null when those words are no time phrase.
    private static int? TimePhraseStart(List<WordToken> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            // "earlier in the day", "at one point", "later that week": a determiner before the time word.
            if (!IsTimeWord(words[k]) && !(k < last && k == first && words[k].Lower is "the" or "that" or "this" or "one" or "some"))
            {
                return null;
            }
        }

        var start = first;
        while (start - 1 >= 0 && !words[start - 1].IsCapitalized && !words[start - 1].InQuote
            && (IsTimeWord(words[start - 1]) || words[start - 1].Lower is "at" or "on" or "in" or "during" or "since" or "than" or "less" or "more" or "about" or "nearly" or "just" or "only"))
        {
            start--;
        }

        return start < first || words[last].Lower is "ago" or "earlier" or "later" ? start : null;
    }

    // "she’ll", "I'd", "they’ve", "he’s": a personal pronoun joined to a shortened auxiliary; its pronoun part.
    internal static TextRange? PronounOfContraction(WordToken word)
    {
        var apostrophe = word.Text.IndexOfAny(['’', '\'']);
        if (apostrophe <= 0 || word.InQuote)
        {
            return null;
        }

        var stem = word.Text[..apostrophe];
        var rest = word.Text[(apostrophe + 1)..].ToLowerInvariant();
        return rest is "d" or "ll" or "s" or "re" or "ve" or "m" && stem.ToLowerInvariant() is "i" or "he" or "she" or "they" or "we" or "you" or "it" or "who"
            ? new TextRange(word.Start, word.Start + apostrophe)
            : null;
    }

    // "Ever since Sanders announced", "Years after Clinton claimed": a word measuring "since", "after", "before" or
    // "until" opens the sentence with the clause opener; the phrase after the opener is that clause's own subject.
    private static bool MeasuredClauseOpener(List<WordToken> words, int opener) =>
        opener >= 1 && words[opener].Lower is "since" or "after" or "before" or "until" && MeasureWords.Contains(words[opener - 1].Lower)
        && (opener == 1 || words[opener - 1].OpensSentence);

    // "A Times/CBS News poll conducted last week found", "a poll out this week shows": the time after the participle
    // dating a poll, ending on word last, is part of the source, as PolNeAR marks it; a day after "on" is not ("released
    // on Thursday").
    private static TextRange? DatedPoll(string text, List<WordToken> words, int last)
    {
        var t = last;
        while (t >= 0 && last - t < 3 && !words[t].InQuote && (IsTimeWord(words[t]) || (t < last && words[t].Lower == "in")) && words[t].Lower != "on")
        {
            t--;
        }

        if (t == last || t < 1 || words[t + 1].Lower is "on" || words[t].InQuote || !CueFinder.IsSpaceOnly(text, words[t].End, words[t + 1].Start))
        {
            return null;
        }

        // "A Harbour Gazette poll last week found", "A survey in March showed": with no participle, the time phrase
        // right after the poll noun dates the poll just the same.
        if (AttributionLexicon.PollNouns.Contains(words[t].Text) && CueFinder.IsPollDate(words, t + 1, last))
        {
            return Find(text, words, t + 1) is { } undated ? new TextRange(undated.Start, words[last].End) : null;
        }

        if (!(words[t].Lower == "out" || CueFinder.IsPastTense(words[t])) || !AttributionLexicon.PollNouns.Contains(words[t - 1].Text))
        {
            return null;
        }

        return Find(text, words, t) is { } poll ? new TextRange(poll.Start, words[last].End) : null;
    }

    // The share and the figure restating it, with the comma that closes the figure, when words[last] ends a figure
    // ("33", "33 percent", "about 33 percent") set off by a comma after a share that opens its clause ("A third of the
    // pilots", "Just over half"; "For Lee, a majority of voters"): the annotated corpora mark all of it as the source.
    private static TextRange? ShareWithFigure(string text, List<WordToken> words, int last)
    {
        var figure = words[last].Lower == "percent" ? last - 1 : last;
        if (figure < 2 || !words[figure].Text.All(c => char.IsAsciiDigit(c) || c == '.') || !char.IsAsciiDigit(words[figure].Text[0]) || words[last].InQuote)
        {
            return null;
        }

        if (AttributionLexicon.QuantityDegreeWords.Contains(words[figure - 1].Lower) && CueFinder.IsSpaceOnly(text, words[figure - 1].End, words[figure].Start))
        {
            figure--;
        }

        var shareLast = figure - 1;
        if (text.AsSpan(words[shareLast].End, words[figure].Start - words[shareLast].End).Trim() is not [','])
        {
            return null;
        }

        var shareFirst = shareLast;
        while (shareFirst - 1 >= 0 && !words[shareFirst - 1].InQuote && !CueFinder.HasPunctuation(text, words[shareFirst - 1].End, words[shareFirst].Start) && shareLast - shareFirst < 8)
        {
            shareFirst--;
        }

        var opensClause = shareFirst == 0 || words[shareFirst].OpensSentence
            || text.AsSpan(words[shareFirst - 1].End, words[shareFirst].Start - words[shareFirst - 1].End).Trim() is [','];
        // "about", "over" and "under" are clause openers elsewhere; before a share they only bound it ("Just over a
        // quarter", "about two-thirds").
        if (!opensClause || HasVerb(words, shareFirst, shareLast, skipDegreeWords: true)
            || !words.Skip(shareFirst).Take(shareLast - shareFirst + 1).Any(w => AttributionLexicon.QuantityShareWords.Contains(w.Lower)))
        {
            return null;
        }

        var comma = text.IndexOf(',', words[last].End);
        return new TextRange(words[shareFirst].Start, comma + 1);
    }

    private static bool IsTimeWord(WordToken word) =>
        AttributionLexicon.CueTimeWords.Contains(word.Text) || word.Lower is "time" or "past" or "ago" or "moment" or "point" or "day"
        || word.Text.All(char.IsAsciiDigit);

    // The source whose description holds a quoted title after "of" (see Find), or null. "Dana Holt, the author of
    // ''Harbour Lights,'' a history of the port, said": a title followed by another description set off by commas is
    // taken too. The name must stand before a comma ahead of the title's "of": in "Holt, the co-author of ''Going Viral,''
    // about ports, said" the title-case words are no name that "the co-author" describes. When no such source is
    // found the other rules read on as if no title stood there.
    private static TextRange? DescriptionWithTitle(string text, List<WordToken> words, int cueFirst)
    {
        if (TitleBeforeCue(text, words, cueFirst) is not { } titleLast || QuotedTitle.OfBeforeTitleEndingAt(text, words, titleLast) is not { } of)
        {
            return null;
        }

        var (plainText, plainWords) = QuotedTitle.WithoutMarks(text, words, of, titleLast);
        return Find(plainText, plainWords, cueFirst) is { } described && described.End >= words[titleLast].End
            && described.Start < words[of].Start && text.IndexOf(',', described.Start, words[of].Start - described.Start) >= 0
            ? new TextRange(described.Start, Math.Max(described.End, QuotedTitle.EndOfClosingMarks(text, words[titleLast])))
            : null;
    }

    // The last word of a quoted stretch that ends right before the cue at cueFirst, or that ends a few plain words before
    // a comma closing them right before the cue ("… of ''Harbour Lights,'' a history of the port, said"); null otherwise.
    private static int? TitleBeforeCue(string text, List<WordToken> words, int cueFirst)
    {
        var last = cueFirst - 1;
        if (words[last].InQuote)
        {
            return last;
        }

        if (!text.AsSpan(words[last].End, words[cueFirst].Start - words[last].End).Trim().SequenceEqual(","))
        {
            return null;
        }

        for (var k = last - 1; k >= 0 && last - k <= MaxDescriptionAfterTitle; k--)
        {
            if (words[k].InQuote)
            {
                return k;
            }

            if (words[k + 1].OpensSentence)
            {
                return null;
            }
        }

        return null;
    }

    // "Tester, who voted against the bill, said": the name, the appositive and its closing comma.
    private static TextRange? Appositive(string text, List<WordToken> words, int last)
    {
        // The comma-separated stretches between the name and the cue, nearest first: "Ann Lee, 45, a pilot from
        // Bath, Maine, said" has three.
        var stretches = new List<(int Start, int End)>();
        var stretchEnd = last;
        TextRange? farthest = null;
        for (var hop = 0; hop < 4; hop++)
        {
            var k = stretchEnd;
            while (k - 1 >= 0 && !words[k - 1].InQuote && !CueFinder.HasPunctuation(text, words[k - 1].End, words[k].Start, allowBrackets: true) && stretchEnd - k < 25)
            {
                k--;
            }

            // "Dana Holt, the fund's lawyer, treasurer and strategist, said": the commas of a list of roles stay inside
            // one appositive.
            if (hop == 0 && k >= 1 && k < stretchEnd)
            {
                k = SourcePhrase.RoleListOpening(text, words, k, stretchEnd);
            }

            // "The director of the port, Ann Lee, said": a description opening the sentence, then the name it describes.
            // "But his wife, Jane, said": a conjunction opening the sentence stands before the description.
            var roleStart = k == 0 && stretchEnd > 1 && !words[0].InQuote && words[0].Lower is "but" or "and" or "yet" or "so" ? 1 : k;
            if (k == 0 && stretches.Count == 1 && farthest is null && roleStart < stretchEnd && RoleBeforeName(text, words, roleStart, stretchEnd, stretches[0]))
            {
                return new TextRange(words[roleStart].Start, text.IndexOf(',', words[last].End) + 1);
            }

            // "Sen. Ann Lee (D-Maine), noting …, said": a bracket may close the name before the comma, and the full stop
            // of an abbreviation may close the bracket ("Rep. Ann Cole (D-Md.), chair of the panel, said").
            if (k == 0 || words[k - 1].InQuote || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is not ("," or ")," or ".),"))
            {
                return farthest;
            }

            stretches.Add((k, stretchEnd));
            if (NameBeforeAppositive(text, words, stretches, last) is { } name)
            {
                // "Ann Lee, 45, who flew in, said", "Ann Lee, a pilot from Bath, Maine, said": the nearer "name" (45,
                // Bath) may itself describe a name further left.
                if (!DescribesFurtherLeft(text, words, name))
                {
                    return WithRoleBefore(text, words, name) ?? name;
                }

                farthest ??= name;
            }

            stretchEnd = k - 1;
        }

        return farthest;
    }

    // The end of the closing bracket right at offset at ("Lee (R-OH)" or "Cole (D-Md.)", whose abbreviation keeps its
    // full stop inside the bracket); -1 when no bracket closes there.
    private static int ClosingBracketEnd(string text, int at)
    {
        if (at < text.Length && text[at] == ')')
        {
            return at + 1;
        }

        return at + 1 < text.Length && text[at] == '.' && text[at + 1] == ')' ? at + 2 : -1;
    }

    // Whether the name found goes on describing something further left: a lower-case description after a comma ("45",
    // "editor of the paper"), a place after a preposition ("a pilot from Bath, Maine"), or a state after a town that
    // closes the place of a description ("Ann Lee, who lost a boat in Bath, Maine, in 2012, said": PlaceAfterPlace).
    private static bool DescribesFurtherLeft(string text, List<WordToken> words, TextRange name)
    {
        var start = name.Start;
        var k = WordIndex.FirstAtOrAfter(words, start);
        return k > 0 && k < words.Count && words[k].Start == start
            && ((text.AsSpan(words[k - 1].End, start - words[k - 1].End).Trim() is [','] && !words[k].IsCapitalized)
                || (!words[k - 1].InQuote && words[k - 1].Lower is "from" or "in" or "of" or "at" or "near" or "outside")
                || PlaceAfterPlace(text, words, k, WordIndex.FirstAtOrAfter(words, name.End) - 1));
    }

    // Whether words[0..roleEnd] describe a person ("The director of the port", "Her lawyer") and the stretch after them
    // is that person's name ("Ann Lee").
    private static bool RoleBeforeName(string text, List<WordToken> words, int roleStart, int roleEnd, (int Start, int End) name)
    {
        var nameSpan = name.End - name.Start + 1;
        var role = words.Skip(roleStart).Take(roleEnd - roleStart + 1).ToList();
        // "his wife, Jane", "Clinton's husband, Bill": a possessor and the noun after it describe the one name after the comma.
        var possessed = role.Count >= 2 && role.Take(role.Count - 1).Any(w => w.IsPossessive || w.Lower is "his" or "her" or "their" or "its")
            && !role[^1].IsCapitalized && NounPhrase.IsPlainNoun(words, roleEnd);
        // "David and Jeanne Heidler": names joined by "and".
        var nameWords = words.Skip(name.Start).Take(nameSpan).ToList();
        // "Holt's niece, state Rep. Dana Holt, said", "former Del. Nora Vale": lower-case words telling the level or time
        // of an office stand before its abbreviated title and belong to the name.
        var levelWords = LevelWordsBeforeTitle(nameWords);
        nameWords = nameWords[levelWords..];
        nameSpan -= levelWords;
        if (nameSpan > 4 || (nameSpan < 2 && !possessed) || !nameWords.All(w => !w.InQuote && (w.IsCapitalized || (w.Lower == "and" && w != nameWords[0] && w != nameWords[^1])))
            || roleEnd - roleStart > 10 || !(AttributionLexicon.PhraseOpeners.Contains(words[roleStart].Text) || NounPhrase.IsPossessiveName(words[roleStart])))
        {
            return false;
        }

        // "The Podesta Group's CEO, Kimberley Fritts": a capitalised role word closing the description counts too.
        return possessed || role.Any(w => !w.IsCapitalized && (NounPhrase.IsRoleNoun(w) || AttributionLexicon.Roles.Contains(w.Text)))
            || (role.Count >= 2 && role[^1].IsCapitalized && AttributionLexicon.Roles.Contains(role[^1].Text));
    }

    // How many lower-case words (at most two, no verb or clause opener) open nameWords before a capitalised title
    // abbreviation ("state Rep.", "former state Del."); 0 when no such title follows them.
    private static int LevelWordsBeforeTitle(List<WordToken> nameWords)
    {
        var n = 0;
        while (n < nameWords.Count - 1 && n < 2 && !nameWords[n].IsCapitalized && !nameWords[n].InQuote
            && !AttributionLexicon.ClauseOpeners.Contains(nameWords[n].Text) && !AttributionLexicon.Pronouns.Contains(nameWords[n].Text))
        {
            n++;
        }

        return n > 0 && nameWords[n].IsCapitalized && nameWords[n].Text.EndsWith('.') && nameWords[n].Text.Length <= 5 ? n : 0;
    }

    // "Trump’s Indiana chairman, Rex Early, a former party chairman, said": the name found after a comma takes in the
    // description that opens its clause before it.
    private static TextRange? WithRoleBefore(string text, List<WordToken> words, TextRange name)
    {
        var nameStart = WordIndex.FirstAtOrAfter(words, name.Start);
        if (nameStart < 2 || words[nameStart].Start != name.Start
            || text.AsSpan(words[nameStart - 1].End, name.Start - words[nameStart - 1].End).Trim() is not [','])
        {
            return null;
        }

        var nameEnd = nameStart;
        while (nameEnd + 1 < words.Count && words[nameEnd + 1].End <= name.End && !CueFinder.HasPunctuation(text, words[nameEnd].End, words[nameEnd + 1].Start))
        {
            nameEnd++;
        }

        var roleEnd = nameStart - 1;
        var roleStart = roleEnd;
        while (roleStart - 1 >= 0 && !words[roleStart - 1].InQuote && !CueFinder.HasPunctuation(text, words[roleStart - 1].End, words[roleStart].Start)
            && !(words[roleStart - 1].Lower is "that" or "when" or "while" or "because" or "although" or "though" or "if" or "as"))
        {
            roleStart--;
        }

        var opensClause = roleStart == 0 || words[roleStart - 1].Lower is "that" or "when" or "while" or "because" or "although" or "though" or "if" or "as";
        return opensClause && RoleBeforeName(text, words, roleStart, roleEnd, (nameStart, nameEnd))
            ? new TextRange(words[roleStart].Start, name.End)
            : null;
    }

    // "Another pilot, Dana Holt of Troy University, said", "Holt's group, March for Piers at Troy, plans": a capitalised name
    // set off by commas after a lower-case noun renames that noun and belongs to the source, as the annotated corpora
    // mark it; lower-case linking words ("of", "for", "and") may stand inside the name, but it must close on a capital.
    private static bool NameRenamingNoun(List<WordToken> words, int k, int end)
    {
        if (k < 1 || end - k > 7 || !words[k].IsCapitalized || !words[end].IsCapitalized || words[k - 1].IsCapitalized || words[k - 1].InQuote)
        {
            return false;
        }

        for (var i = k; i <= end; i++)
        {
            if (words[i].InQuote || (!words[i].IsCapitalized && !NameLinkingWords.Contains(words[i].Lower)))
            {
                return false;
            }
        }

        return true;
    }

    // "The harbour survey, conducted by the Troy Institute, finds", "The aides, led by Dana Holt, told": a past participle
    // with its agent describes the subject, which keeps it (the annotated corpora mark the aside with the subject); a
    // participle without "by" ("The poll, released on Wednesday, showed") is left as an aside.
    private static bool PassiveWithAgent(List<WordToken> words, int k, int end)
        => end - k >= 2 && end - k <= 11 && !words[k].IsCapitalized && !words[k].InQuote && (CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k]))
            && words[k + 1].Lower == "by" && !words[k + 1].InQuote;

    // "pastor of the Fort Des Moines Church of Christ and a Cruz supporter": a long description holds no verb; a clause does.
    private static bool HasVerb(List<WordToken> words, int k, int end, bool skipDegreeWords = false)
    {
        for (var i = k; i <= end; i++)
        {
            if (skipDegreeWords && AttributionLexicon.QuantityDegreeWords.Contains(words[i].Lower))
            {
                continue;
            }

            if (!words[i].IsCapitalized && (AttributionLexicon.MatchVerb(words, i) > 0 || CueFinder.IsPastTense(words[i]) || CueFinder.IsIrregularPast(words[i])
                || (AttributionLexicon.ClauseOpeners.Contains(words[i].Text) && words[i].Lower is not ("and" or "of"))))
            {
                return true;
            }
        }

        return false;
    }

    // "Sam Jacobs, Time’s Assistant Managing Editor, said", "Joh Husted, Ohio Secretary of State, said": a capitalised
    // description, opened by a possessive name or headed by a role word ("Editor", "Secretary of"), describes the name
    // before it; a place ("Lee, Maine, said") or a second name ("Lee, Sanders and Cruz said") holds no role word.
    private static bool CapitalisedRole(List<WordToken> words, int k, int end)
    {
        if (end - k > 7 || !words[k].IsCapitalized)
        {
            return false;
        }

        if (words[k].IsPossessive && k < end)
        {
            return true;
        }

        for (var i = k; i <= end; i++)
        {
            if (words[i].IsCapitalized && AttributionLexicon.Roles.Contains(words[i].Text) && SpeakerDescription.IsRoleHead(words, i, end))
            {
                return true;
            }
        }

        return false;
    }

    // "Ann Lee, a sailor from Leeds, South Kent, said": a short capitalised stretch after the comma of a place named
    // after "from" or "in" is the larger place (its words may look like a title: "South", "North"); it describes no name
    // and goes on the description before it.
    private static bool PlaceAfterPlace(string text, List<WordToken> words, int k, int end)
    {
        if (end - k > 1 || k < 2 || !words.Skip(k).Take(end - k + 1).All(w => w.IsCapitalized && !w.InQuote && !w.IsPossessive)
            || !words[k - 1].IsCapitalized || AttributionLexicon.Roles.Contains(words[k].Text) || AttributionLexicon.Roles.Contains(words[end].Text))
        {
            return false;
        }

        var place = k - 1;
        while (place - 1 >= 0 && k - place < 3 && words[place - 1].IsCapitalized && !CueFinder.HasPunctuation(text, words[place - 1].End, words[place].Start))
        {
            place--;
        }

        return place >= 1 && !words[place - 1].InQuote && words[place - 1].Lower is "from" or "in" or "near" or "outside"
            && !CueFinder.HasPunctuation(text, words[place - 1].End, words[place].Start);
    }

    // Whether the phrase ending at words[last] is a role held at a named body ("the chairman of the Port Authority",
    // "a lawyer at Holt and Vale"): a capitalised run renamed by the name after its comma ("…, Nora Vale, said") need
    // not be a list of names ("Kent, Nora Vale and Dana Holt").
    private static bool RoleOfNamedBody(List<WordToken> words, int last) =>
        ProperNameJoiner.RoleBeforeNamedBody(words, Math.Max(0, last - MaxNamedBodyWords), last) >= 0;

    // The most words the name of a body after a role may hold ("the Port Authority of New York and New Jersey").
    private const int MaxNamedBodyWords = 10;

    // The name before the appositive stretches (the last of them stands right after the name), when they describe it.
    private static TextRange? NameBeforeAppositive(string text, List<WordToken> words, List<(int Start, int End)> stretches, int last)
    {
        var (k, end) = stretches[^1];
        var opener = words[k].Lower;
        var span = end - k + 1;
        // "Lee, in her campaigning, said", "Lee, to his credit, refuses": a phrase opened by a preposition is an aside
        // after a name that opens its clause.
        // "Clinton, during a town hall meeting in Columbus, Ohio, said": a place name may close the aside after its comma.
        var placeTail = stretches.Count == 2 && stretches[0].End - stretches[0].Start < 3
            && words.Skip(stretches[0].Start).Take(stretches[0].End - stretches[0].Start + 1).All(w => w.IsCapitalized && !SpeakerNameParser.IsTitleWord(w.Text));
        var prepositional = (stretches.Count == 1 || placeTail) && opener is "in" or "for" or "to" or "at" or "on" or "after" or "during" or "with" or "like" or "unlike" or "despite" or "by"
            && k >= 2 && words[k - 1].IsCapitalized && !CueFinder.HasPunctuation(text, words[k - 2].End, words[k - 1].Start, allowBrackets: true);
        // "Cruz, with unconcealed delight, chided", "Schilling, through a spokeswoman, declined": after a one-word name that
        // opens its clause, a phrase of manner or means is an aside too ("at", "like", "for" describe: "Pantucci, at the
        // institute,", "hawks, like Rubio,").
        prepositional |= stretches.Count == 1 && opener is "with" or "without" or "through" or "after" or "during" or "despite" or "in" or "by" or "before" or "amid" or "under"
            && k >= 1 && words[k - 1].IsCapitalized && !words[k - 1].InQuote && !SpeakerNameParser.IsTitleWord(words[k - 1].Text)
            && (k == 1 || words[k - 1].OpensSentence || CueFinder.HasPunctuation(text, words[k - 2].End, words[k - 1].Start, allowBrackets: true));
        // "Democrats, historically, have", "Rubio, particularly in the closing days, has", "Clinton, exasperated, responded":
        // an adverb, alone or before a phrase, or a lone participle is an aside, not a description.
        var adverbial = stretches.Count == 1 && !words[k].IsCapitalized && !words[k].InQuote
            && ((opener.Length > 5 && opener.EndsWith("ly", StringComparison.Ordinal) && !NounPhrase.IsRoleNoun(words[k])
                    && (span == 1 || AttributionLexicon.SubjectPrepositions.Contains(words[k + 1].Text)))
                || (span == 1 && CueFinder.IsPastTense(words[k])));
        // "ranking member of the committee", "managing director at": a participle before a role noun is part of the role.
        var roleParticiple = k + 1 <= end && NounPhrase.IsRoleNoun(words[k + 1]) || (k + 1 <= end && words[k + 1].Lower is "member" or "members");
        // "Holt, when asked about the pier, said", "Vale, asked about the levy, said", "Holt, when pressed, said": a
        // question put to the speaker (questioning-participles.txt), bare or after "when"/"if"/"once", is an aside on
        // the occasion, not a description of the name.
        var question = k + 1 <= end && opener is "when" or "if" or "once" ? k + 1 : k;
        var questioned = stretches.Count == 1 && AttributionLexicon.QuestioningParticiples.Contains(words[question].Text);
        var participle = !words[k].IsCapitalized && ((opener.EndsWith("ing", StringComparison.Ordinal) && !roleParticiple) || opener is "clad" or "dressed" || prepositional || adverbial || questioned);
        // "Sandra Inman, a Cruz supporter from Jackson, Miss., said": a state's abbreviation closes a place, it is no title
        // ("Miss" is one in "Miss Lee").
        if ((span == 1 && NounPhrase.IsPlaceAbbreviation(words[k]) && words[k].Lower is not ("jr" or "sr") && words[k].End < text.Length && text[words[k].End] == '.')
            || PlaceAfterPlace(text, words, k, end))
        {
            return null;
        }

        // "Tashfeen Malik, one of two terrorists involved in the attacks, posted": "one of" opens a description.
        var isAppositive = opener is "who" or "a" or "an" or "the" or "whose" || words[k].Text.All(char.IsDigit)
            || (opener is "one" or "another" or "part" && k + 1 <= end && words[k + 1].Lower == "of")
            || words.Skip(k).Take(span).Any(w => !w.IsCapitalized && AttributionLexicon.Roles.Contains(w.Text))
            || (span < 5 && words.Skip(k).Take(span).All(w => w.IsCapitalized) && k >= 2 && (!words[k - 1].IsCapitalized || RoleOfNamedBody(words, k - 1)))
            || SpeakerNameParser.IsTitleWord(words[k].Text) || (char.IsLower(words[k].Text[0]) && (span < 7 || (span < 13 && !HasVerb(words, k, end)))) || (span == 1 && NounPhrase.IsPartyTag(words[k].Text))
            || CapitalisedRole(words, k, end) || NameRenamingNoun(words, k, end) || PassiveWithAgent(words, k, end);
        if (!isAppositive && !(participle && (stretches.Count == 1 || placeTail)))
        {
            return null;
        }

        // "warned the Chinese leader, Xi Jinping, not to move on the shoal, said an official": an infinitive or a negation
        // between the commas is what was said, not a description of the name before it (a relative clause may hold one:
        // "an official, who asked not to be named, said").
        if (opener is "not" or "never" || (opener == "to" && k + 1 <= end && !words[k + 1].IsCapitalized && !AttributionLexicon.GroupDeterminers.Contains(words[k + 1].Text))
            || (opener is not ("who" or "whose") && Enumerable.Range(k, span - 1).Any(i => words[i].Lower is "not" or "never" && words[i + 1].Lower == "to")))
        {
            return null;
        }

        // Further stretches go on describing: an age, another description, a place ("from Houston, Texas").
        for (var s = 0; s < stretches.Count - 1; s++)
        {
            var (a, b) = stretches[s];
            // "Biden, who was to travel to Columbus, Ohio, on Wednesday, said": a relative clause runs over commas, up to
            // the main clause's predicate once it holds its own verb ("Lee, who runs the ferry, rescinded her support,
            // saying": "rescinded" ends it).
            // A clause still short of its verb may hold an appositive first ("Rubio, whose hometown, Miami, is projected to …").
            // "Ann Lee, an official at the housing board, which has a backlog of 500 boats, said": a clause about the
            // description's own noun goes on describing her.
            var describedThing = opener is "a" or "an" or "the" && words[a].Lower == "which";
            var more = (opener is "who" or "whose" && (!SentenceSubject.OpensPredicate(words, a) || (opener == "who" ? k == end : !HasVerb(words, k + 1, end)))) || words[a].Lower is "a" or "an" or "the" or "who" or "whose" || describedThing || (a == b && (words[a].Text.All(char.IsDigit) || NounPhrase.IsPartyTag(words[a].Text)))
                || (b - a < 3 && words.Skip(a).Take(b - a + 1).All(w => w.IsCapitalized) && !SpeakerNameParser.IsTitleWord(words[a].Text))
                || (a == b && NounPhrase.IsPlaceAbbreviation(words[a]) && words[a].End < text.Length && text[words[a].End] == '.')
                || PlaceAfterPlace(text, words, a, b);
            if (!more)
            {
                return null;
            }
        }

        var nameLast = k - 1;
        // "Wednesday, the director of the board, Dana Holt, said", "On Wednesday, however, the director, Dana Holt, said": a
        // time word opening the sentence, alone or after a preposition, is the opening phrase before the subject, not a
        // name the description renames, and so is a discourse word ("However, the director, Dana Holt, said"); the
        // subject is the description opened by an article and the name after it.
        var openingPreposition = nameLast >= 1 && (nameLast == 1 || words[nameLast - 1].OpensSentence)
            && (AttributionLexicon.OpeningPrepositions.Contains(words[nameLast - 1].Text) || AttributionLexicon.SubjectPrepositions.Contains(words[nameLast - 1].Text));
        if ((words[nameLast].OpensSentence || nameLast == 0 || openingPreposition)
            && (AttributionLexicon.DayWords.Contains(words[nameLast].Text) || AttributionLexicon.TimeWords.Contains(words[nameLast].Text)
                || AttributionLexicon.CueTimeWords.Contains(words[nameLast].Text) || AttributionLexicon.DiscourseAsides.Contains(words[nameLast].Text)))
        {
            for (var s = stretches.Count - 1; s >= 1; s--)
            {
                if (words[stretches[s].Start].Lower is "a" or "an" or "the")
                {
                    return new TextRange(words[stretches[s].Start].Start, text.IndexOf(',', words[last].End) + 1);
                }
            }

            return null;
        }

        if (NounPhrase.IsPartyTag(words[nameLast].Text) && ClosingBracketEnd(text, words[nameLast].End) < 0)
        {
            // "Sen. Ann Lee, R-Maine, a pilot, said": the party tag describes the name before it.
            return null;
        }

        var first = NounPhrase.Start(text, words, nameLast);
        // "The delegate, who backs Cruz, said": a relative clause about a person describes a common noun too.
        // "New Jersey officials, including Gov. Chris Christie, have said": an "including" aside lists members of a group.
        // "The union, a group of pilots, decried the plan": a description opened by an article renames a common noun
        // that opens its sentence with a determiner too.
        var nameAppositive = (words[k].IsCapitalized && !words[nameLast].IsCapitalized) || opener is "who" or "whose" or "including"
            || PassiveWithAgent(words, k, end)
            || (opener is "a" or "an" && first >= 0 && first < nameLast && (first == 0 || words[first].OpensSentence)
                && AttributionLexicon.PhraseOpeners.Contains(words[first].Text) && NounPhrase.IsPlainNoun(words, nameLast));
        if (first < 0 || (!words[nameLast].IsCapitalized && !nameAppositive) || !NounPhrase.CanNameSource(words, first, nameLast))
        {
            return null;
        }

        // "Another delegate on the harbour board, Jim Vale, said", "Officials in Kent, for example, said": the head read
        // back from the comma may be the object of a preposition whose phrase belongs to the subject opening the clause.
        // Not before a participle clause, which may follow a whole clause ("Lee sued the port in court on Friday, seeking …");
        // "including" lists members of the subject ("Pilots in Kent, including Ann Lee, said").
        if (opener == "including" || (!opener.EndsWith("ing", StringComparison.Ordinal) && !CueFinder.IsPastTense(words[k])))
        {
            first = ExtendOverPrepositions(text, words, first, nameLast);
        }

        // "Sanders, meanwhile, said": an aside between the name and the cue is not part of the name; nor is a
        // participle clause ("Ann Lee, wearing a red cape, said").
        var aside = string.Join(' ', words.Skip(k).Take(span).Select(w => w.Lower));
        if (participle || (stretches.Count == 1 && AttributionLexicon.DiscourseAsides.Contains(aside)))
        {
            var nameEnd = words[nameLast].End;
            if (ClosingBracketEnd(text, nameEnd) is var bracketEnd and >= 0)
            {
                nameEnd = bracketEnd;
            }

            return new TextRange(words[first].Start, nameEnd);
        }

        var comma = text.IndexOf(',', words[last].End);
        return new TextRange(words[first].Start, comma + 1);
    }
}
