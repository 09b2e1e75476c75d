namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The object after a cue verb: the one told or asked ("told the crowd he would resign", "urged women to vote"), a
/// topic after "of" ("accused Holt of lying"), a narrative told ("told a joke") or an object before a colon, which the
/// content starts after or which is the content itself.
/// </summary>
internal static class CueObject
{
    // "to issue a memo": "to", a lower-case plain verb (no participle, determiner or pronoun), then an article at word k.
    private static bool InfinitiveBeforeArticle(List<WordToken> words, int k) =>
        k >= 2 && words[k - 2].Lower == "to" && !words[k - 2].InQuote && words[k].Lower is "a" or "an" or "the"
        && !words[k - 1].Lower.EndsWith("ing", StringComparison.Ordinal) && !IsDeterminerOrPronoun(words[k - 1]);

    // "who co-authored a paper outlining …", "had co-written a memo": a hyphenated past form right before an article is
    // a verb with its object, though "so-called" and "self-described" before a noun are adjectives.
    private static bool IsHyphenatedPastBeforeArticle(List<WordToken> words, int k) =>
        words[k].Lower is "a" or "an" or "the" && !words[k - 1].IsCapitalized && words[k - 1].Text.Contains('-', StringComparison.Ordinal)
        && words[k - 1].Lower.EndsWith("ed", StringComparison.Ordinal) && words[k - 1].Text.Length > 6;

    private static bool IsDeterminerOrPronoun(WordToken word) =>
        AttributionLexicon.GroupDeterminers.Contains(word.Text) || AttributionLexicon.Pronouns.Contains(word.Text) || AttributionLexicon.PhraseOpeners.Contains(word.Lower);

    // Whether the phrase stands right after a verb ("released a statement", "issued a report"), as its object.
    internal static bool ObjectOfVerb(string text, List<WordToken> words, TextRange phrase) => VerbBeforeObject(text, words, phrase) is not null;

    /// <summary>
    /// The word the verb whose object the phrase is starts at ("released" in "released a statement", "will" in "will
    /// hold banners", the participle itself in "carrying signs"), or null when the phrase is no object of a verb.
    /// </summary>
    internal static int? VerbBeforeObject(string text, List<WordToken> words, TextRange phrase)
    {
        var k = WordIndex.FirstAtOrAfter(words, phrase.Start);

        // "… and carrying signs saying …": a phrase opened by a lower-case participle is that verb with its object, no
        // noun phrase of a speaker.
        if (k + 1 < words.Count && words[k + 1].Start < phrase.End && !words[k].InQuote && !words[k].IsCapitalized
            && words[k].Lower.Length > 5 && words[k].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return k;
        }

        // "The campaign sent a text message to supporters saying …": the phrase before the participle is the one the
        // object went to; the verb stands before the object.
        if (k >= 3 && k < words.Count && words[k - 1].Lower == "to" && !words[k - 1].InQuote && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            for (var j = k - 2; j >= 1 && j >= k - 5; j--)
            {
                if (words[j].InQuote || words[j].IsCapitalized || !CueFinder.IsSpaceOnly(text, words[j].End, words[j + 1].Start))
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
            && CueFinder.IsSpaceOnly(text, words[k - 2].End, words[k - 1].Start) && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
        {
            k--;
        }

        if (k < 1 || k >= words.Count || words[k - 1].InQuote || words[k - 1].IsCapitalized)
        {
            return null;
        }

        // "The pilots will hold banners proclaiming …", "Holt has drawn huge crowds describing …", "Skippers can
        // reasonably campaign saying …": after a modal or a form of "have" the phrase opens with the verb itself and its
        // object; the verb's subject speaks, as with "has" and a phrase of "a" ("Holt has a long record of voting for …").
        // Not after "be" ("is a group backing …" names the group), nor before another determiner ("Holt had some
        // explaining to do": the participle is a noun in the object of "had").
        if (!words[k].IsCapitalized && AttributionLexicon.AuxiliaryVerbs.Contains(words[k - 1].Text)
            && !AttributionLexicon.FormsOfBe.Contains(words[k - 1].Text) && (words[k].Lower is "a" or "an" || !IsDeterminerOrPronoun(words[k])))
        {
            return k - 1;
        }

        // "Holt spent much of her campaign railing against …": the time spent is the object; whoever spent it speaks.
        // "Holt went on to issue a memo instructing …": a plain verb after "to" holds an object opened by an article too
        // (not "to words he has been repeating", where "to" is a preposition, nor "to seeing the sign warning …").
        var verb = words[k - 1].Lower;
        return CueFinder.IsPastTense(words[k - 1]) || IsHyphenatedPastBeforeArticle(words, k) || InfinitiveBeforeArticle(words, k)
            || verb is "issued" or "sent" or "made" or "put" or "wrote" or "gave" or "released" or "posted" or "ran" or "took"
            or "spent" or "issues" or "sends" or "makes" or "releases" or "posts" or "runs" or "spends"
            ? k - 1
            : null;
    }

    // "urged women to vote for Clinton, saying …", "asked the court to dismiss the case": after a verb of asking or
    // urging, the infinitive after the one asked is what was urged, whatever follows it. Not after "tell" ("told the
    // story to reporters"), whose object is what was told.
    internal static int? InfinitiveAfterObject(List<WordToken> words, int verb, int first)
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

    // "Holt told a joke.", "the radio told a slightly different tale.": an object headed by a noun of narration within
    // its first four words, closing the sentence, is what was told, not the one it was told to (when more follows, the
    // rules for an object and its adjunct read it: "told a tale of two towns, with …"). Not after the bare "tell"
    // ("Holt needs to tell more jokes"), a telling wished for that says nothing.
    internal static bool NamesNarrative(List<WordToken> words, int verb, int first)
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
            if (w.InQuote || w.IsCapitalized || AttributionLexicon.ToldNarrativeNouns.Contains(w.Text) || !CueFinder.IsSpaceOnly(text, words[j - 2].End, w.Start)
                || AttributionLexicon.ClauseOpeners.Contains(w.Text) || AttributionLexicon.AuxiliaryVerbs.Contains(w.Text)
                || AttributionLexicon.RelativeObjectPronouns.Contains(w.Text) || w.Lower is "who" or "what" or "which" or "whether" or "how" or "why" or "when" or "where"
                || AttributionLexicon.SubjectPrepositions.Contains(w.Text) || w.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }

            // "… he would resign", "… the pier would close" (a noun phrase with an auxiliary after it).
            var opensClause = (AttributionLexicon.SubjectPronouns.Contains(words[j].Text) && words[j].Lower is not "you")
                || (words[j].Lower is "the" or "a" or "an" && CueWordReading.OpensZeroThatClause(words, j + 1));
            if (!words[j].InQuote && opensClause && CueFinder.IsSpaceOnly(text, w.End, words[j].Start))
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
            || CueFinder.HasPunctuation(text, words[of + 1].End, of + 2 < words.Count ? words[of + 2].Start : frame.End));

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
                while (k + 1 < words.Count && words[k + 1].IsCapitalized && !words[k + 1].InQuote && CueFinder.IsSpaceOnly(text, words[k].End, words[k + 1].Start))
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
            if (CueFinder.HasPunctuation(text, words[k].End, gapEnd))
            {
                return words[k].End;
            }
        }

        return fallback;
    }

    // The words between the cue and the colon closing its passage when they open an object of two words at least, not a
    // phrase about the act ("told his audience, to applause:", "said in a statement:"); else null.
    internal static TextRange? ObjectBeforeColon(string text, TextRange frame, List<WordToken> words, int afterStart, int afterWord)
    {
        var colon = text.LastIndexOf(':', frame.End - 1, frame.End - afterStart);
        if (colon < afterStart || afterWord + 1 >= words.Count || words[afterWord + 1].Start >= colon || words[afterWord].InQuote
            || !CueFinder.IsSpaceOnly(text, afterStart, words[afterWord].Start) || AttributionLexicon.ObjectGapOpeners.Contains(words[afterWord].Text)
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

        var e = ContentBoundary.TrimEnd(text, words[afterWord].Start, colon);
        return text.AsSpan(words[afterWord].Start, e - words[afterWord].Start).IndexOfAny(',', '“', '"') >= 0 ? null : new TextRange(words[afterWord].Start, e);
    }
}
