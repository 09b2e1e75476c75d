namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue in a relative clause whose pronoun is the verb's object: "a flat rate, which Senator Ted Cruz proposed under
/// a flat tax", "Marco Rubio, who many in the Republican establishment had backed in the hope of …", "That's what
/// McCarthy wrote recently". What the source proposed, backed or wrote is what the pronoun stands for, so the pronoun
/// is the content (PolNeAR marks it so), not the phrase about the act that follows the verb.
/// </summary>
internal static class RelativeObject
{
    private static readonly System.Buffers.SearchValues<char> ObjectGapMarks = System.Buffers.SearchValues.Create("“\"‘'(—–-");

    /// <summary>
    /// The relative pronoun right before <paramref name="source"/> when the cue ending at word <paramref name="cueLast"/>
    /// leaves its object slot empty (the sentence ends, a punctuation mark or a word of <c>object-gap-openers.txt</c>
    /// follows); else <see langword="null"/>.
    /// </summary>
    public static TextRange? Pronoun(string text, List<WordToken> words, TextRange source, int cueLast)
    {
        if (WordBefore(text, words, source) is not { } first)
        {
            return null;
        }

        var pronoun = words[first - 1];
        if (pronoun.Lower == "than")
        {
            return ComparedWith(text, words, first - 1, cueLast);
        }

        if (!AttributionLexicon.RelativeObjectPronouns.Contains(pronoun.Text))
        {
            return ThatAfterHead(text, words, first - 1) is { } head && !HasObject(text, words, first - 1, cueLast) ? new TextRange(head, pronoun.End) : null;
        }

        return HasObject(text, words, first - 1, cueLast) ? null : new TextRange(pronoun.Start, pronoun.End);
    }

    /// <summary>
    /// The noun phrase right before <paramref name="source"/> whose head opens a relative clause without "that" ("the very
    /// income trends Democratic politicians point to with alarm", "the photo Dana Holt posted on Monday") when the cue
    /// ending at word <paramref name="cueLast"/> leaves its object slot empty: what the source points to or posted is
    /// that head; else <see langword="null"/>.
    /// </summary>
    public static TextRange? Head(string text, List<WordToken> words, TextRange source, int cueLast)
    {
        if (WordBefore(text, words, source) is not { } first)
        {
            return null;
        }

        var last = first;
        while (last + 1 < words.Count && words[last + 1].End <= source.End)
        {
            last++;
        }

        // "every time he thinks about …", "the day Lee announced": a head of time says when, and is no object.
        var head = words[first - 1];
        if (!(NounPhrase.HeadsZeroRelative(words, first - 1, first, last) || HeadsPronounClause(text, words, first - 1, first, last)) || head.Lower is "time" or "times" or "moment" or "moments" or "day" or "days"
            || AttributionLexicon.CueTimeWords.Contains(head.Text) || HasObject(text, words, first - 1, cueLast))
        {
            return null;
        }

        var start = IsThingPronoun(head) ? first - 1 : NounPhrase.Start(text, words, first - 1);
        return new TextRange(words[start].Start, words[first - 1].End);
    }

    // "an arrangement that the Holt campaign has criticized", "one that many pilots applaud": "that" after a common noun,
    // its clause's verb then leaving its object slot empty, is a relative pronoun standing for that noun, and the noun
    // with it is what the cue attributes. Not after a noun whose own clause "that" opens ("the claim that Holt agreed",
    // "the fact that Holt talked openly": clause-speech-nouns.txt, that-complement-nouns.txt) nor after a time noun ("the day that Holt resigned"). The start of the head's phrase, or
    // null.
    private static int? ThatAfterHead(string text, List<WordToken> words, int that)
    {
        if (words[that].Lower != "that" || that < 1 || words[that].InQuote)
        {
            return null;
        }

        var head = that - 1;
        var noun = words[head];
        if (noun.InQuote || noun.IsCapitalized || noun.IsPossessive || !CueFinder.IsSpaceOnly(text, noun.End, words[that].Start)
            || !(NounPhrase.IsPlainNoun(words, head) || noun.Lower == "one" || IsThingPronoun(noun)) || NounPhrase.IsRoleNoun(noun) || SpeechNounClause.TakesClause(noun.Text)
            || AttributionLexicon.ThatComplementNouns.Contains(noun.Text)
            || AttributionLexicon.CueTimeWords.Contains(noun.Text) || noun.Lower is "time" or "times" or "moment" or "day" or "days" or "way" or "so" or "such" or "now")
        {
            return null;
        }

        var start = IsThingPronoun(noun) ? head : NounPhrase.Start(text, words, head);
        return start < head || noun.Lower == "one" || IsThingPronoun(noun) || NounPhrase.IsPluralNoun(words, head) ? words[start].Start : null;
    }

    // "$2 billion more than the harbour office had projected.", "higher than most analysts had forecast last May": after a
    // comparative, "than" stands for what the clause's verb projected or forecast, whose object slot stays empty; the
    // comparative before "than" is what was (or was not) expected, and PolNeAR marks the two as the content. The verb must
    // close its clause (a mark, the end, a time word or an adverb in "-ly" may follow): "more than you can say for the
    // others" goes on with a phrase of its own.
    private static TextRange? ComparedWith(string text, List<WordToken> words, int than, int cueLast)
    {
        if (than < 1 || words[than - 1].InQuote || !CueFinder.IsSpaceOnly(text, words[than - 1].End, words[than].Start) || HasObject(text, words, than, cueLast))
        {
            return null;
        }

        var next = cueLast + 1;
        var closes = next >= words.Count || !CueFinder.IsSpaceOnly(text, words[cueLast].End, words[next].Start)
            || (AttributionLexicon.CueTimeWords.Contains(words[next].Text) && !AttributionLexicon.PhraseOpeners.Contains(words[next].Text))
            || (words[next].Lower.EndsWith("ly", StringComparison.Ordinal) && words[next].Lower.Length > 4 && !words[next].IsCapitalized);
        return closes ? new TextRange(words[than - 1].Start, words[than].End) : null;
    }

    // "everything he said", "something that she wanted": a pronoun in "-thing" stands for what was said or wanted; its
    // "-ing" ending does not make it a verb form.
    private static bool IsThingPronoun(WordToken word) => word.Lower is "everything" or "anything" or "something" or "nothing";

    // "the plan he envisioned", "everything she said", "the only harbour they know": a common noun right before a
    // personal pronoun subject, or before a subject opened by "the", cannot be a title of that subject (titles stand
    // right before names), so it heads a relative
    // clause without "that". The noun must be led by a determiner or modifier (or be an "-thing" pronoun), and the phrase
    // must not follow a preposition opening the sentence ("After the vote he agreed.": the vote is when, not what).
    private static bool HeadsPronounClause(string text, List<WordToken> words, int head, int first, int last)
    {
        var noun = words[head];
        // "the change the board warned about": a subject opened by "the" cannot continue a noun either.
        var pronounSubject = first == last && words[first].Lower is "he" or "she" or "they" or "we" or "i" or "you" or "nobody" or "everyone" or "everybody";
        var definiteSubject = first < last && words[first].Lower == "the" && !words[first].InQuote;
        if (!(pronounSubject || definiteSubject) || noun.InQuote || noun.IsCapitalized
            || noun.IsPossessive || !(NounPhrase.IsPlainNoun(words, head) || IsThingPronoun(noun)) || NounPhrase.IsRoleNoun(noun)
            || !CueFinder.IsSpaceOnly(text, noun.End, words[first].Start))
        {
            return false;
        }

        var start = NounPhrase.Start(text, words, head);
        if (start == head && !IsThingPronoun(noun))
        {
            return false;
        }

        // "Holt told the crew the board agreed": after a verb of telling the noun is the one told, and the clause after
        // it is what was said.
        var before = start - 1;
        return !(before >= 0 && (words[before].OpensSentence || before == 0) && AttributionLexicon.ClauseOpeners.Contains(words[before].Text))
            && !(before >= 0 && AttributionLexicon.TellVerbs.Contains(words[before].Text));
    }

    // "the pier lease - a deal she once backed - makes sense", "the lease - which he once backed - and …": a relative
    // clause inside an aside opened by a dash ends at the dash closing it, which opens no object.
    private static bool InDashAside(string text, List<WordToken> words, int clauseStart)
    {
        var dashes = 0;
        for (var k = clauseStart; k > 0 && !words[k].OpensSentence; k--)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(AsideDashes.Marks) >= 0)
            {
                dashes++;
            }
        }

        return dashes % 2 == 1;
    }

    // The index of the source's first word, when a word outside quotes stands right before it with only a space between.
    private static int? WordBefore(string text, List<WordToken> words, TextRange source)
    {
        var first = WordIndex.FirstAtOrAfter(words, source.Start);
        return first > 0 && first < words.Count && words[first].Start == source.Start && !words[first - 1].InQuote
            && CueFinder.IsSpaceOnly(text, words[first - 1].End, source.Start) ? first : null;
    }

    // Whether words follow the cue that the verb takes as its object or clause; the relative clause opens at word
    // clauseStart (its pronoun or head noun).
    private static bool HasObject(string text, List<WordToken> words, int clauseStart, int cueLast)
    {
        var next = cueLast + 1;
        if (next >= words.Count)
        {
            return false;
        }

        // "whom he described as “peaceful”": quoted words later in the sentence are what the cue gives, and whose they
        // are; the quote keeps its speaker through that content.
        for (var k = next; k < words.Count && !(k > next && words[k].OpensSentence); k++)
        {
            if (words[k].InQuote)
            {
                return true;
            }
        }

        if (!CueFinder.IsSpaceOnly(text, words[cueLast].End, words[next].Start))
        {
            // A mark between them: "which he has denied, …", "who he backed." end the clause; a quote opening is an
            // object, and an aside in brackets or dashes may stand before one ("which she thought (foolishly) that …").
            var gap = text.AsSpan(words[cueLast].End, words[next].Start - words[cueLast].End);
            return gap.IndexOfAny(ObjectGapMarks) >= 0 && !(gap.IndexOfAny(AsideDashes.Marks) >= 0 && InDashAside(text, words, clauseStart));
        }

        // A time word dates the act ("which he proposed Monday", "who he named earlier"); a determiner among them
        // ("the", "this", "a") opens an object instead ("what he calls the empty promise").
        var w = words[next];
        var timeWord = AttributionLexicon.CueTimeWords.Contains(w.Text) && !AttributionLexicon.PhraseOpeners.Contains(w.Text)
            && !AttributionLexicon.GroupDeterminers.Contains(w.Text);
        return w.InQuote || !(AttributionLexicon.ObjectGapOpeners.Contains(w.Text) || timeWord
            || (w.Lower.EndsWith("ly", StringComparison.Ordinal) && w.Lower.Length > 4 && !w.IsCapitalized));
    }
}
