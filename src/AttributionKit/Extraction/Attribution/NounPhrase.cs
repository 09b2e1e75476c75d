using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The noun phrase that names a source, read leftward from its last word: where it starts (over modifiers, a role
/// before a name, "of" and ties like "a spokesman for the council", "people familiar with the talks", "many in the
/// crowd"), whether it can name a speaker at all (a capitalised name, a pronoun, a group such as "officials" or "two
/// senators" opened by a group determiner, a share such as "one in three"), and the word tests the cue rules share for
/// it (a plain noun, a role noun, a possessive name, a party tag, a place abbreviation).
/// </summary>
internal static class NounPhrase
{
    private static readonly FrozenSet<string> TimeSpanPlurals =
        Lexicon.Lines("Lexicons/time-span-plurals.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ZeroRelativeHeads =
        Lexicon.Lines("Lexicons/zero-relative-heads.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "Clinton’s", not "It’s" or "She’s" (a pronoun and "is").
    internal static bool IsPossessiveName(WordToken word) =>
        word.IsCapitalized && word.Text.Length > 3 && word.IsPossessive
        && !AttributionLexicon.Pronouns.Contains(word.Text[..^2]) && word.Lower[..^2] is not ("it" or "that" or "there" or "what" or "here" or "who" or "let" or "one" or "this");

    internal static bool IsPlainNoun(List<WordToken> words, int k) =>
        AttributionLexicon.MatchVerb(words, k) == 0 && !CueFinder.IsPastTense(words[k]) && !CueFinder.IsIrregularPast(words[k]) && !AttributionLexicon.ClauseOpeners.Contains(words[k].Text)
        && !AttributionLexicon.CueModifiers.Contains(words[k].Text) && !AttributionLexicon.Pronouns.Contains(words[k].Text)
        && !words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal);

    // "Mr. Ortiz said": an honorific opens a name though it may open a sentence without one.
    internal static bool IsSubjectStart(WordToken word) =>
        word.Lower is "mr." or "mrs." or "ms." or "dr." or "mr" or "mrs" or "ms" or "dr"
        || AttributionLexicon.Pronouns.Contains(word.Text)
        || AttributionLexicon.GroupDeterminers.Contains(word.Text)
        || (word.IsCapitalized && (!AttributionLexicon.SentenceStarters.Contains(word.Text) || word.Lower is "mr." or "mrs." or "ms." or "dr."));

    // "Many in the crowd", "some among the delegates": a quantity, then the preposition at index p.
    private static bool QuantityIn(List<WordToken> words, int p) =>
        p >= 1 && words[p].Lower is "in" or "among" && !words[p - 1].InQuote
        && (words[p - 1].Lower is "many" or "some" or "most" or "few" or "several" or "those" or "others" or "all" or "none" or "one" or "two" or "three"
            or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" || words[p - 1].Text.All(char.IsAsciiDigit));

    // "Those over 60", "those under 30": "over" or "under" at index p bounds the ages of the people "those" names.
    private static bool AgeBound(List<WordToken> words, int p) =>
        p >= 1 && p + 1 < words.Count && words[p].Lower is "over" or "under" && words[p - 1].Lower == "those" && !words[p - 1].InQuote
        && words[p + 1].Text.All(char.IsAsciiDigit);

    internal static bool IsNumberWord(WordToken word) =>
        word.Text.All(char.IsAsciiDigit) || word.Lower is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    // "Va", "Calif", "Mass": a capitalised word of two to five letters, shortened with a full stop.
    internal static bool IsPlaceAbbreviation(WordToken word) =>
        word.Text.Length is >= 2 and <= 5 && char.IsUpper(word.Text[0]) && word.Text.Skip(1).All(char.IsLower);

    // "R-S.C.", "D-Ill.": a party and state tag.
    internal static bool IsPartyTag(string word) =>
        word.Length >= 3 && word[0] is 'R' or 'D' or 'I' && word[1] is '-' or '‑' && char.IsUpper(word[2]);

    /// <summary>The index of the first word of the noun phrase that ends on word <paramref name="last"/> (<paramref name="last"/> itself when no word before it belongs to it).</summary>
    internal static int Start(string text, List<WordToken> words, int last)
    {
        var first = last;

        // A pronoun is the whole subject: "Listing his ventures, she said" names "she".
        if (AttributionLexicon.Pronouns.Contains(words[last].Text))
        {
            return last;
        }

        while (first - 1 >= 0 && last - first + 1 < CueFinder.MaxSourceWords)
        {
            var prev = words[first - 1];
            if (prev.InQuote || !IsNounGap(text, prev.End, words[first].Start))
            {
                break;
            }

            // "the kind of jurist many Republicans fear", "the photo Trump posted": a noun that heads a relative clause
            // without "that" is not part of the clause's subject.
            if (HeadsZeroRelative(words, first - 1, first, last))
            {
                break;
            }

            // "a jurist many Republicans fear": a quantifier opens the phrase; a noun before it heads a relative clause.
            if (first < last && !words[first].IsCapitalized && words[first].Lower is "many" or "some" or "most" or "few" or "several"
                && !prev.IsCapitalized && IsPlainNoun(words, first - 1) && !AttributionLexicon.PhraseOpeners.Contains(prev.Text)
                && !AttributionLexicon.GroupDeterminers.Contains(prev.Text) && !IsNumberWord(prev) && prev.Lower is not ("of" or "and" or "or"))
            {
                break;
            }

            if (!prev.IsCapitalized && AttributionLexicon.ClauseOpeners.Contains(prev.Text))
            {
                // "Toomey and Sen. Kelly Ayotte": "and" joins names, not clauses; "a spokesman for the council":
                // the preposition ties the organisation to the role that speaks for it.
                // "Current and former officials", "politicians and activists", "Ward and other experts": "and"
                // joins the words of one subject when a name, a plural noun or a modifier stands before it.
                var joinsNames = prev.Lower is "and" && first - 2 >= 0 && !words[first - 2].InQuote
                    && CueFinder.IsSpaceOnly(text, words[first - 2].End, prev.Start)
                    && ((words[first - 2].IsCapitalized && (words[first].IsCapitalized || AttributionLexicon.GroupDeterminers.Contains(words[first].Text)))
                        || (!words[first - 2].IsCapitalized && (IsRoleNoun(words[first - 2]) || words[first - 2].Lower is "current" or "former" || IsPluralNoun(words, first - 2)))
                        || SubjectPronounOpening(text, words, first - 2));
                // "More than six in 10": a comparison opens the quantity.
                var comparison = prev.Lower == "than" && first - 2 >= 0 && words[first - 2].Lower is "more" or "less" or "fewer"
                    && !AttributionLexicon.CueTimeWords.Contains(words[last].Text) && words[last].Lower is not ("ago" or "earlier" or "later");
                if (!joinsNames && !comparison && !QuantityIn(words, first - 1) && !TiesRole(text, words, first - 1) && !TiesSource(words, first - 1)
                    && !AgeBound(words, first - 1))
                {
                    break;
                }
            }

            // "That person said": "That" opening the sentence before a lower-case noun is its determiner.
            var determiner = prev.Lower == "that" && (first - 1 == 0 || prev.OpensSentence) && !words[first].IsCapitalized && IsPlainNoun(words, first);
            if (prev.IsCapitalized && AttributionLexicon.ClauseOpeners.Contains(prev.Text) && prev.Lower is not ("the") && !determiner)
            {
                break;
            }

            // A possessive before a role ("his advisers") is the phrase's determiner; other pronouns end it.
            // "his core supporters": a possessive determiner opens the phrase when a noun follows it.
            // "The embattled governor": a participle right after a determiner is an adjective of the phrase.
            // "Some miffed supporters", "retired neurosurgeon Ben Carson" opening the clause: a participle after a
            // quantifier, or opening the clause before a noun, is an adjective too.
            // "The Justice Department's own published guidelines", "Trump's newly installed campaign chief": so is one after
            // a possessive name, perhaps with "own" or an adverb between.
            var adjective = SourcePhrase.IsParticipleAdjective(prev) || (CueFinder.IsPastTense(prev) && ((first - 2 >= 0 && (AttributionLexicon.PhraseOpeners.Contains(words[first - 2].Text) || AttributionLexicon.GroupDeterminers.Contains(words[first - 2].Text)) && !words[first - 2].InQuote)
                || AfterPossessive(text, words, first - 1)
                || ((first - 1 == 0 || CueFinder.HasPunctuation(text, words[first - 2].End, prev.Start)) && IsPlainNoun(words, first) && !words[first].Lower.EndsWith("ly", StringComparison.Ordinal)
                    && AttributionLexicon.MatchVerb(words, first - 1) == 0)));
            if (!prev.IsCapitalized && ((AttributionLexicon.MatchVerb(words, first - 1) > 0 && !adjective) || (CueFinder.IsPastTense(prev) && !adjective) || CueFinder.IsIrregularPast(prev)
                || (AttributionLexicon.Pronouns.Contains(prev.Text) && !(AttributionLexicon.PhraseOpeners.Contains(prev.Text) && (IsRoleNoun(words[first]) || first < last || words[first].Lower.EndsWith('s')))
                    && !(words[first].Lower == "and" && SubjectPronounOpening(text, words, first - 1)))))
            {
                break;
            }

            first--;

            // "She and her aides said", "he and Brafman had said": a subject pronoun before "and" opens the pair.
            if (words[first].IsPersonalSubjectPronoun && first < last && words[first + 1].Lower == "and")
            {
                break;
            }

            // A determiner opens the noun phrase: nothing before it belongs to the subject, unless "of" joins
            // it to a quantity ("52 percent of the voters", "All of the candidates").
            // "Trump and his attorneys", "Clinton and the State Department": "and" after a name joins a second phrase.
            if (!words[first].IsCapitalized && AttributionLexicon.PhraseOpeners.Contains(words[first].Text)
                && !(first > 0 && (words[first - 1].Lower == "of" || TiesRole(text, words, first - 1) || QuantityIn(words, first - 1)))
                && !(first > 1 && words[first - 1].Lower == "and" && !words[first - 2].InQuote
                    && ((words[first - 2].IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(words[first - 2].Text))
                        || SubjectPronounOpening(text, words, first - 2) || IsRoleNoun(words[first - 2]) || IsPluralNoun(words, first - 2))
                    && CueFinder.IsSpaceOnly(text, words[first - 2].End, words[first - 1].Start) && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start)))
            {
                break;
            }
        }

        while (first < last && words[first].Lower is "and" or "or" or "but" or "nor")
        {
            first++;
        }

        // A capitalised sentence opener that is not a determiner ("Meanwhile", "Yesterday") is not part of the name;
        // an honorific ("Mr.", "Ms.") is.
        // "New York Mayor …", "Former Sen. …" open a name with a capitalised word after them.
        while (first < last && words[first].IsCapitalized && AttributionLexicon.SentenceStarters.Contains(words[first].Text)
            && !AttributionLexicon.GroupDeterminers.Contains(words[first].Text) && !words[first].Text.EndsWith('.')
            && !(words[first + 1].Lower == "and" && SubjectPronounOpening(text, words, first))
            && !(words[first].Lower is "new" or "former" or "mr" or "mrs" or "ms" or "dr" && words[first + 1].IsCapitalized)
            && !(words[first].Lower is "more" or "less" or "fewer" && words[first + 1].Lower == "than")
            && !(words[first].Lower is "those" && CueFinder.IsPastTense(words[first + 1]))
            && !(words[first].Lower is "none" && words[first + 1].Lower == "of")
            && !OpensPhraseAtSentenceStart(words, first))
        {
            first++;
        }

        // "This week Dana Holt said", "Last year only 32 percent of residents opposed": a time phrase opening the sentence
        // without a comma is no part of the name or the quantity after it.
        if (first < last && first > 0 && words[first].Lower is "week" or "month" or "year" or "weekend" or "night" or "morning" or "afternoon" or "evening"
            && (words[first + 1].IsCapitalized || IsNumberWord(words[first + 1]) || AttributionLexicon.QuantityDegreeWords.Contains(words[first + 1].Lower))
            && words[first - 1].Lower is "this" or "last" or "next" or "that" or "each" or "every")
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// Whether the noun at <paramref name="head"/> heads a relative clause without "that" whose subject is words
    /// <paramref name="first"/> (right after it) to <paramref name="last"/>: a noun of <c>zero-relative-heads.txt</c> before a
    /// name, group, number, pronoun or plural ("the photo Trump posted"), or a plural naming no people before a group opened
    /// by a capitalised modifier ("the very income trends Democratic politicians point to"; a name list after a plural,
    /// "cable networks CNN and Fox", is its apposition and ends capitalised).
    /// </summary>
    internal static bool HeadsZeroRelative(List<WordToken> words, int head, int first, int last)
    {
        var noun = words[head];
        // "the kind of campaign Vale hoped to run": the noun after "kind of" heads the clause as "kind" would.
        var kindOf = head >= 2 && words[head - 1].Lower == "of" && !words[head - 1].InQuote && ZeroRelativeHeads.Contains(words[head - 2].Text)
            && words[head - 2].Lower is "kind" or "kinds" or "sort" or "type" or "types" && IsPlainNoun(words, head);
        if (!noun.IsCapitalized && (ZeroRelativeHeads.Contains(noun.Text) || kindOf) && (words[first].IsCapitalized || AttributionLexicon.GroupDeterminers.Contains(words[first].Text)
            || IsNumberWord(words[first]) || AttributionLexicon.Pronouns.Contains(words[first].Text) || IsPluralNoun(words, first)
            || words[first].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            return true;
        }

        if (noun.IsCapitalized || noun.IsPossessive || first >= last || !IsPluralNoun(words, head) || IsRoleNoun(noun) || !words[first].IsCapitalized
            || AttributionLexicon.SentenceStarters.Contains(words[first].Text) || noun.Lower is "people" or "others" or "members" or "citizens" or "residents" or "workers"
            || !IsPluralNoun(words, last) || IsPeopleNoun(noun.Lower))
        {
            return false;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (words[k].InQuote || AttributionLexicon.ClauseOpeners.Contains(words[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // Plurals for people that the role list leaves out because they never stand alone as a role.
    internal static bool IsPeopleNoun(string lower) =>
        lower.EndsWith("ans", StringComparison.Ordinal) || lower.EndsWith("ers", StringComparison.Ordinal) || lower.EndsWith("ists", StringComparison.Ordinal)
        || lower.EndsWith("ents", StringComparison.Ordinal) || lower.EndsWith("ates", StringComparison.Ordinal);

    // Whether the word at k follows a possessive ("the board's"), directly or over "own" or an "-ly" adverb, with no mark between.
    private static bool AfterPossessive(string text, List<WordToken> words, int k)
    {
        var p = k - 1;
        if (p >= 1 && !words[p].InQuote && (words[p].Lower == "own" || (words[p].Lower.EndsWith("ly", StringComparison.Ordinal) && words[p].Lower.Length > 4))
            && CueFinder.IsSpaceOnly(text, words[p].End, words[k].Start))
        {
            k = p;
            p--;
        }

        // Not "what’s", "that’s", "it’s" ("is" or "has" after a pronoun).
        return p >= 0 && !words[p].InQuote && words[p].IsPossessive && (IsPossessiveName(words[p]) || !words[p].IsCapitalized)
            && !AttributionLexicon.Pronouns.Contains(words[p].Text[..^2]) && words[p].Lower[..^2] is not ("it" or "that" or "there" or "what" or "here" or "who" or "let" or "one" or "this")
            && IsNounGap(text, words[p].End, words[k].Start);
    }

    // "She and her aides", "he and Brafman": a subject pronoun that opens its clause (the passage's or sentence's start, or
    // after a comma or a conjunction) and is joined by "and" to a second phrase.
    private static bool SubjectPronounOpening(string text, List<WordToken> words, int k)
    {
        if (k < 0 || k + 1 >= words.Count || words[k].InQuote || !words[k].IsPersonalSubjectPronoun || words[k + 1].Lower != "and")
        {
            return false;
        }

        return k == 0 || words[k].OpensSentence || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [','] or [';'] or [':'] or ['—']
            || words[k - 1].Lower is "but" or "and" or "so" or "yet" or "that" or "when" or "while" or "because" or "although" or "though" or "if";
    }

    // "These voters", "My staff", "That person", "More black lawmakers", "New polls", "Last year’s figures", "Monday
    // night’s results": a capitalised word that opens the sentence as the determiner or adjective of a lower-case noun
    // (or of a time word's possessive) starts the noun phrase, as the annotated corpora mark it.
    private static bool OpensPhraseAtSentenceStart(List<WordToken> words, int first)
    {
        var next = words[first + 1];
        if (next.InQuote)
        {
            return false;
        }

        if (next.IsPossessive && (AttributionLexicon.CueTimeWords.Contains(next.Text[..^2]) || AttributionLexicon.DayWords.Contains(next.Text[..^2])))
        {
            return words[first].Lower is "last" or "next" or "this" or "that" || AttributionLexicon.DayWords.Contains(words[first].Text);
        }

        if (next.IsCapitalized || !IsPlainNoun(words, first + 1))
        {
            return false;
        }

        // "Outside experts say", "First lady Michelle Obama": adjectives that also open adverbial phrases.
        return words[first].Lower is "this" or "these" or "those" or "that" or "my" or "our" or "your" or "his" or "her" or "their" or "its"
            or "more" or "fewer" or "new" or "outside" or "first";
    }

    // "a source close to him", "people familiar with the talks": the preposition at index p ties the description on.
    internal static bool TiesSource(List<WordToken> words, int p) =>
        p >= 1 && ((words[p].Lower == "to" && words[p - 1].Lower == "close") || (words[p].Lower == "with" && words[p - 1].Lower == "familiar"));

    // "a spokesman for the council", "an analyst at the bank": the preposition at index p follows a role noun.
    private static bool TiesRole(string text, List<WordToken> words, int p) =>
        p >= 1 && words[p].Lower is "for" or "at" or "with" or "from" or "in" && IsRoleNoun(words[p - 1]) && !words[p - 1].InQuote
        && IsNounGap(text, words[p - 1].End, words[p].Start);

    // "teachers", "activists": a plural noun, not a verb or a grammar word ("Teachers and union officials said").
    internal static bool IsPluralNoun(List<WordToken> words, int k) =>
        words[k].Text.Length > 4 && words[k].Lower.EndsWith('s') && !words[k].Lower.EndsWith("ss", StringComparison.Ordinal)
        && !words[k].Lower.EndsWith("us", StringComparison.Ordinal) && IsPlainNoun(words, k) && !words[k].InQuote;

    // "spokesman", "aides": a role noun, singular or plural.
    internal static bool IsRoleNoun(WordToken word) =>
        !word.IsCapitalized && (AttributionLexicon.Roles.Contains(word.Text)
            || (word.Text.Length > 3 && word.Text.EndsWith('s') && AttributionLexicon.Roles.Contains(word.Text[..^1])));

    // The first word after the words of degree opening words[first..] ("nearly", "just about", "more than", "at least"),
    // no further than word limit.
    private static int AfterQuantityDegree(List<WordToken> words, int first, int limit)
    {
        var k = first;
        while (k < limit && !words[k].InQuote)
        {
            if (AttributionLexicon.QuantityDegreeWords.Contains(words[k].Lower))
            {
                k++;
            }
            else if (k + 1 < limit && (words[k].Lower is "more" or "less" or "fewer" && words[k + 1].Lower == "than" || words[k].Lower == "at" && words[k + 1].Lower == "least"))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    // "only a third", "nearly a quarter of the pilots": words of degree before a determiner and a word of share
    // (quantity-share-words.txt) measure a part of a group of people. Other words after "over" or "about" are their
    // object ("over a procedural dispute").
    private static bool IsShareAfterDegree(List<WordToken> words, int first, int quantity, int last) =>
        quantity > first && quantity < last && AttributionLexicon.GroupDeterminers.Contains(words[quantity].Text)
        && AttributionLexicon.QuantityShareWords.Contains(words[quantity + 1].Lower);

    /// <summary>Whether words <paramref name="first"/> to <paramref name="last"/> can name a source: a name, a pronoun, a group.</summary>
    internal static bool CanNameSource(List<WordToken> words, int first, int last)
    {
        var lastWord = words[last];
        if (!lastWord.IsCapitalized && (AttributionLexicon.ClauseOpeners.Contains(lastWord.Text) || AttributionLexicon.CueModifiers.Contains(lastWord.Text)))
        {
            return false;
        }

        if (lastWord.IsPossessive)
        {
            return false;
        }

        if (first == last && AttributionLexicon.Pronouns.Contains(lastWord.Text))
        {
            return lastWord.Lower is not ("his" or "her" or "their" or "its" or "our" or "my" or "him" or "them" or "me" or "us");
        }

        for (var k = first; k <= last; k++)
        {
            if (words[k].IsCapitalized && !(k == first && AttributionLexicon.GroupDeterminers.Contains(words[k].Text)))
            {
                return true;
            }
        }

        // "One in three said", "six in 10 say": a share of people named by two numbers; "nearly three in five", "more
        // than one in four": words of degree before it belong to it.
        var quantity = AfterQuantityDegree(words, first, last);
        if (last - quantity >= 2 && words[last - 1].Lower is "in" or "of" && IsNumberWord(words[last]) && IsNumberWord(words[quantity]))
        {
            return true;
        }

        // "Those over 60 say": the people of an age.
        if (last == first + 2 && AgeBound(words, first + 1))
        {
            return true;
        }

        // "those surveyed said", "those polled say": the people a poll asked.
        if (last == first + 1 && words[first].Lower is "those" && CueFinder.IsPastTense(words[last]))
        {
            return true;
        }

        // "Many prefer …", "Both think …", "some say", "yet another said": a quantifier standing alone names a group of people, or one more person.
        if (first == last && lastWord.Lower is "many" or "some" or "most" or "both" or "several" or "others" or "few" or "everyone" or "everybody"
            or "nobody" or "someone" or "somebody" or "anyone" or "half" or "another")
        {
            return true;
        }

        if (AttributionLexicon.GroupDeterminers.Contains(lastWord.Text) || AttributionLexicon.PhraseOpeners.Contains(lastWord.Text))
        {
            return false;
        }

        // A lower-case group: "officials", "a source", "the spokesman", "many analysts", "47 percent"; "members of the
        // council", "residents of the town": a phrase after a preposition leaves the group named by the head before it.
        return last - first < 6
            && (AttributionLexicon.GroupDeterminers.Contains(words[first].Text) || IsShareAfterDegree(words, first, quantity, last) || words[first].Text.All(char.IsDigit)
                || NamesGroup(lastWord) || (HeadBeforePreposition(words, first, last) is { } head && NamesGroup(words[head]) && !IsSpanOfTime(words[head])));
    }

    // Whether a lower-case head noun names people: a plural, a collective noun of people, or a role.
    private static bool NamesGroup(WordToken head) =>
        head.Lower.EndsWith('s') || head.Lower is "people" or "men" or "women" or "children" or "staff" or "public" or "electorate"
            or "police" or "media" or "press" or "military" or "clergy" or "management"
        || AttributionLexicon.Roles.Contains(head.Text);

    // "hours of being posted", "weeks of talks": a plural of time measures, and names no one.
    private static bool IsSpanOfTime(WordToken word) =>
        TimeSpanPlurals.Contains(word.Text) || (word.Lower.EndsWith('s') && AttributionLexicon.TimeWords.Contains(word.Lower[..^1]));

    // The word before the first preposition after the phrase's first word ("members" in "members of the council"), or
    // null when no preposition follows it; "and" joins heads rather than tying a phrase to one.
    private static int? HeadBeforePreposition(List<WordToken> words, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (!words[k].IsCapitalized && words[k].Lower != "and" && AttributionLexicon.SubjectPrepositions.Contains(words[k].Text))
            {
                return k - 1;
            }
        }

        return null;
    }

    internal static bool IsNounGap(string text, int start, int end)
    {
        // "Sanders’ campaign manager": the apostrophe of a plural or s-final possessive joins the words.
        if (CueFinder.IsPossessiveMark(text, start, end))
        {
            start++;
        }

        var gap = text.AsSpan(start, end - start);

        // "85% of voters", "a CNN/WMUR poll": a percent sign after a number and a slash between two words join them.
        // "P&G", "AT&T": an ampersand inside a name joins its parts too.
        if ((gap is ['%', ' '] && start > 0 && char.IsAsciiDigit(text[start - 1])) || gap is ['/'] or ['&'] || CueFinder.IsNameAmpersand(text, start, end))
        {
            return true;
        }

        var closesBracket = gap.Contains(')');
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not ('(' or ')') && !(c == '.' && closesBracket))
            {
                return false;
            }
        }

        return true;
    }
}
