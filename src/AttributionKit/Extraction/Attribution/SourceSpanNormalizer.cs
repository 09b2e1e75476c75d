using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Final touches to the words naming a source, whichever finder chose them, so the span is the noun phrase as
/// attribution corpora mark it (PolNeAR, PARC): a bracket it opens is closed ("Sen. Ann Lee (D-Vt.)", not
/// "Sen. Ann Lee (D-Vt"), a bracket it does not open stays out ("refugees (Obama has proposed" gives "Obama"), a
/// percent sign stays with its figure ("47%"), a
/// floating quantifier after it stays with the verb ("Lee and Reed both said" gives "Lee and Reed"), a line that opens
/// on a capital starts it ("12\nAnchor Expressed Fear" gives "Anchor"), a live blog's clock time stays out ("9:38PM Holt
/// Says" gives "Holt"), and a focus word before it stays out ("even some
/// of his admirers" gives "some of his admirers"). The resolved speaker name is not touched: only the span moves.
/// </summary>
internal static class SourceSpanNormalizer
{
    private static readonly FrozenSet<string> FocusWords =
        Lexicon.Lines("Lexicons/source-focus-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PossessedNouns =
        Lexicon.Lines("Lexicons/possessed-source-nouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that tell of the saying after its source ("Carter however", "Fact-checkers soon").
    // (A reflexive, "Sanders himself", is left: PolNeAR marks it inside the source as often as outside.)
    private static readonly FrozenSet<string> TrailingAsides = new[] { "however", "soon" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TrailingVerbs =
        Lexicon.Lines("Lexicons/source-trailing-verbs.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DanglingWords =
        Lexicon.Lines("Lexicons/source-dangling-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the span can name a source at all: a span of several words that ends on a preposition, article or
    /// conjunction ("the unusual step of", "a long history of") was cut from a longer phrase and names no one.
    /// </summary>
    public static bool CanName(string text, TextRange source)
    {
        if (source.Length == 0 || source.End > text.Length)
        {
            return false;
        }

        // A lone word ("From" heading an e-mail) and a clause set off by commas, which may strand its preposition
        // ("Sue Lee, 62, who has not decided which candidate she will caucus with"), are left as they are.
        var span = text.AsSpan(source.Start, source.Length).TrimEnd();

        // "…, in Madison, Wis." : a state's abbreviation after a place's comma, alone, names no one.
        if (span.Length is >= 2 and <= 5 && char.IsUpper(span[0]) && span[1..].ToString().All(char.IsLower) && source.End < text.Length && text[source.End] == '.'
            && source.Start >= 2 && text[source.Start - 1] == ' ' && text[source.Start - 2] == ',')
        {
            return false;
        }

        var space = span.LastIndexOfAny(' ', '\u00a0', '\n');
        return space < 0 || span.Contains(',') || !DanglingWords.Contains(span[(space + 1)..].ToString());
    }

    /// <summary>
    /// The span <paramref name="source"/> of the article's main text, with its edges set as above; the span starts on the
    /// last source line it crosses when that line opens on a capital or a figure.
    /// </summary>
    public static TextRange Normalize(Model.Article article, TextRange source) =>
        Normalize(article.Text, StartOnLastLine(article, source));

    /// <summary>The span <paramref name="source"/> of <paramref name="text"/>, with its edges set as above.</summary>
    public static TextRange Normalize(string text, TextRange source)
    {
        if (source.Length == 0 || source.End > text.Length)
        {
            return source;
        }

        source = WithoutClockTime(text, source);
        source = WithoutFocusWord(text, source);
        source = WithoutClosingAside(text, source);

        // The three trims below only shorten the span to the end of one of its words: the words are read once, and
        // each trim passes on those still inside the span.
        var words = WordTokenizer.Tokenize(text, source.Start, source.End);
        source = WithoutTrailingVerb(words, source);
        words.RemoveAll(w => w.End > source.End);
        source = WithoutTrailingAdverb(text, words, source);
        words.RemoveAll(w => w.End > source.End);
        source = WithoutTrailingTime(text, words, source);
        words.RemoveAll(w => w.End > source.End);
        source = PossessorOfSpeechNoun(text, words, source);
        source = PossessorBeforeSpeechNoun(text, words, source);
        source = BalanceBracket(text, source);
        source = WithPercentSign(text, source);
        source = WithFigureAppositiveComma(text, source);
        source = WithPartyTag(text, source);
        source = WithAbbreviationStop(text, source);
        return WithoutFloatingQuantifier(text, source);
    }

    /// <summary>
    /// A source that stands before its cue, with the phrase after its head that restricts it: "Governors in more than two
    /// dozen states balked at …", "A spokesman for the House Armed Services Committee emailed …", "The Holocaust Memorial
    /// Museum in Washington issued …" give the whole subject, as PolNeAR marks it, when a finder stopped at the head. The
    /// phrase runs from "for", "of", "in", "at", "on", "from" or "with" to the verb, with no comma; a head that is a bare
    /// name ("Trump in Iowa said") or a phrase telling when or where words were said ("The council on Wednesday approved",
    /// "Trump in his announcement speech said", "Trump at the time said") stays out.
    /// </summary>
    public static TextRange WithRestrictingPhrase(string text, TextRange source, TextRange cue)
    {
        if (source.Length == 0 || cue.Start < source.End || cue.Start - source.End > 120 || source.End > text.Length)
        {
            return source;
        }

        var words = WordTokenizer.Tokenize(text, source.Start, cue.End);
        var head = -1;
        for (var i = 0; i < words.Count && words[i].End <= source.End; i++)
        {
            head = i;
        }

        if (head < 0 || head + 2 >= words.Count || words[head + 1].Start < source.End
            || !text.AsSpan(source.End, words[head + 1].Start - source.End).IsWhiteSpace()
            || words[head + 1].Lower is not ("for" or "of" or "in" or "at" or "on" or "from" or "with"))
        {
            return source;
        }

        // A common noun heads the phrase ("governors", "a spokesman"), or "the" opens a name ("The Holocaust Memorial Museum").
        // "Governors in more than two dozen states balked": a plural noun opening the sentence is capitalised, and still common.
        var headWord = words[head];
        var opensSentence = head == 0 && headWord.IsCapitalized && headWord.Text.Skip(1).All(char.IsLower) && StartsSentence(text, source.Start)
            && NounPhrase.IsPluralNoun([headWord with { Text = headWord.Lower }], 0);
        if (AttributionLexicon.Pronouns.Contains(headWord.Text) || (headWord.IsCapitalized && words[0].Lower != "the" && !opensSentence)
            || !NounPhrase.IsPlainNoun(words, head))
        {
            return source;
        }

        var last = -1;
        for (var k = head + 2; k < words.Count && k - head <= 10; k++)
        {
            var w = words[k];
            if (!text.AsSpan(words[k - 1].End, w.Start - words[k - 1].End).IsWhiteSpace())
            {
                return source;
            }

            // The verb (or the cue, or an auxiliary or adverb before it) ends the phrase.
            if (w.Start >= cue.Start || (!w.IsCapitalized && (AttributionLexicon.CueModifiers.Contains(w.Text) || AttributionLexicon.MatchVerb(words, k) > 0
                || CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w) || w.Lower.EndsWith("ly", StringComparison.Ordinal))))
            {
                break;
            }

            if (AttributionLexicon.DayWords.Contains(w.Text) || AttributionLexicon.TimeWords.Contains(w.Text) || SourcePhrase.IsOccasion(w) || w.Lower is "time" or "who" or "which" or "that" or "and" or "but" or "or" or "to"
                || (AttributionLexicon.Pronouns.Contains(w.Text) && k == head + 2 && w.Lower is not ("his" or "her" or "their" or "its")))
            {
                return source;
            }

            last = k;
        }

        // A phrase cut before an adverb on a determiner ("Supporters of a | federally mandated …") or one saying how
        // ("in general", "in particular") is no restriction.
        if (last > head + 1 && (AttributionLexicon.PhraseOpeners.Contains(words[last].Text) || AttributionLexicon.GroupDeterminers.Contains(words[last].Text)
            || words[last].Lower is "general" or "particular" or "turn" or "fact" or "part"))
        {
            return source;
        }

        return last > head + 1 && last + 1 < words.Count ? new TextRange(source.Start, words[last].End) : source;
    }

    /// <summary>
    /// A source before its cue that stands right after "in", "of", "for", "from", "at" or "on" is the object of a phrase
    /// that restricts the subject's head, not the subject: "When someone in the audience shouted …", "even as advocates in
    /// the harbour community called for …", "Because exit polls in Bath and Leeds indicated …", "Fewer than half of the
    /// pilots surveyed in a harbour poll said …" (a participle in -ed after the head restricts it too) give the whole noun
    /// phrase, as PolNeAR marks it. The head is read back to the start of the sentence, a comma, or a word opening a clause ("when",
    /// "as", "and"); a verb, a pronoun or another preposition on the way, a preposition opening the sentence, a cue that
    /// is no finite verb ("a pitch to Bath voters saying", "supporters reluctant to") or a possessor before a noun cue
    /// ("direct in his attacks on") leaves the source as it is.
    /// </summary>
    public static TextRange WithHeadBeforePreposition(string text, TextRange source, TextRange cue)
    {
        // Most sources follow no preposition: look at the text before the source before tokenizing anything.
        if (source.Length == 0 || cue.Start < source.End || source.Start < 2 || source.End > text.Length || !FollowsPreposition(text, source.Start))
        {
            return source;
        }

        var cueWords = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        var sourceWords = WordTokenizer.Tokenize(text, source.Start, source.End);
        if (cueWords.Count == 0 || sourceWords.Count == 0 || cueWords[0].Lower.EndsWith("ing", StringComparison.Ordinal) || !SentenceSubject.IsFiniteVerb(cueWords, 0)
            || sourceWords[^1].IsPossessive || AttributionLexicon.Pronouns.Contains(sourceWords[0].Text))
        {
            return source;
        }

        var words = WordTokenizer.Tokenize(text, Math.Max(0, source.Start - 160), source.Start);
        var last = words.Count - 1;
        if (last < 1 || !IsRestrictingPreposition(words[last].Lower) || words[last].IsCapitalized
            || !CueFinder.IsSpaceOnly(text, words[last].End, source.Start))
        {
            return source;
        }

        for (var k = last - 1; k >= 0 && last - k <= MaxWordsBeforePreposition; k--)
        {
            var w = words[k];
            if (!CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start) || (AttributionLexicon.SubordinatingConjunctions.Contains(w.Lower) && !IsRestrictingPreposition(w.Lower))
                || w.Lower is "that" or "who" or "which" or "whom" or "whose" or "and" or "but" or "or" or "so" or "where" or "whether")
            {
                // A mark or a clause opener before word k + 1: the head starts there, with a noun next to the preposition.
                return HeadBeforePreposition(words, k + 1, last, source);
            }

            // "the pilots surveyed in the Gazette poll said": a participle right before the preposition, after a noun,
            // restricts the head like a relative clause.
            var participle = k == last - 1 && k > 0 && CueFinder.IsPastTense(w) && IsHeadNoun(words[k - 1]) && !IsVerbOrPronoun(words, k - 1);
            if ((IsVerbOrPronoun(words, k) && !participle)
                || (AttributionLexicon.SubjectPrepositions.Contains(w.Lower) && !IsRestrictingPreposition(w.Lower)))
            {
                return source;
            }

            if (w.OpensSentence || (k == 0 && words[0].Start == 0))
            {
                return HeadBeforePreposition(words, k, last, source);
            }
        }

        return source;
    }

    // The prepositions that tie a phrase restricting a subject's head to it ("someone in the audience", "voters of both
    // parties", "advocates for the pilots").
    private static readonly string[] RestrictingPrepositions = ["in", "of", "for", "from", "at", "on"];

    private static bool IsRestrictingPreposition(string lower) => Array.IndexOf(RestrictingPrepositions, lower) >= 0;

    // Whether the text before offset start, past its spaces, ends on one of the restricting prepositions: what the word
    // list read below must then confirm (a whole word, lower case, spaces only up to the source).
    private static bool FollowsPreposition(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var preposition in RestrictingPrepositions)
        {
            if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The source from word first of words, a noun or its participle next to the preposition at word last; not when a
    // preposition or the participle itself opens the phrase ("In a preview clip for Holt's show …": an opening phrase
    // of its own; "messages that appeared on …": a relative clause).
    private static TextRange HeadBeforePreposition(List<WordToken> words, int first, int last, TextRange source) =>
        first < last && (IsHeadNoun(words[last - 1]) || CueFinder.IsPastTense(words[last - 1])) && !AttributionLexicon.SubjectPrepositions.Contains(words[first].Lower)
            && !CueFinder.IsPastTense(words[first])
            ? new TextRange(words[first].Start, source.End)
            : source;

    // How many words the head of a subject may hold before its restricting preposition ("More than six in ten skippers in").
    private const int MaxWordsBeforePreposition = 8;

    // A lower-case noun heading the phrase before its preposition ("someone in", "advocates in"), not a name or a day.
    private static bool IsHeadNoun(WordToken word) =>
        !word.IsCapitalized && !AttributionLexicon.ClauseOpeners.Contains(word.Text) && !AttributionLexicon.DayWords.Contains(word.Text) && !AttributionLexicon.TimeWords.Contains(word.Text) && word.Text.Any(char.IsLetter);

    private static bool IsVerbOrPronoun(List<WordToken> words, int k)
    {
        var w = words[k];
        return AttributionLexicon.MatchVerb(words, k) > 0 || (!w.IsCapitalized && (CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w) || w.Lower.EndsWith("ing", StringComparison.Ordinal)))
            || AttributionLexicon.AuxiliaryVerbs.Contains(w.Text) || (AttributionLexicon.Pronouns.Contains(w.Text) && !AttributionLexicon.PossessivePronouns.Contains(w.Text))
            || w.Lower is "said" or "says" or "is" or "was" or "are" or "were" or "not";
    }

    /// <summary>
    /// A source before its cue with an aside opened by "including" after it: "Several candidates, including Trump, said",
    /// "Democrats -- including Clinton -- quickly accused", "Wall Street critics, including economist Paul Krugman have
    /// been applauded" give the whole phrase with the mark closing the aside, as PolNeAR marks it. Only auxiliaries and
    /// adverbs may stand between the aside and the cue.
    /// </summary>
    public static TextRange WithIncludingAside(string text, TextRange source, TextRange cue)
    {
        if (source.Length == 0 || cue.Start < source.End || cue.Start - source.End > 250 || source.End > text.Length)
        {
            return source;
        }

        var i = source.End;
        while (i < cue.Start && text[i] == ' ')
        {
            i++;
        }

        // "Many speakers at the service — including Muslims, Christians —": a span that holds the aside takes its closing mark.
        var held = text.AsSpan(source.Start, source.Length);
        if ((held.Contains(" — including ", StringComparison.Ordinal) && text.AsSpan(i).StartsWith("—", StringComparison.Ordinal))
            || (held.Contains(" -- including ", StringComparison.Ordinal) && text.AsSpan(i).StartsWith("--", StringComparison.Ordinal)))
        {
            var markEnd = i + (text[i] == '—' ? 1 : 2);
            return WordTokenizer.Tokenize(text, markEnd, cue.Start).All(w => !w.IsCapitalized && w.Lower is "have" or "has" or "had" or "also" or "all" or "both")
                ? new TextRange(source.Start, markEnd) : source;
        }

        var mark = i + 1 < cue.Start && text[i] == '-' && text[i + 1] == '-' ? "--" : i < cue.Start && text[i] is ',' or '—' or '–' or '-' ? text[i].ToString() : null;
        if (mark is null || !text.AsSpan(i + mark.Length).TrimStart(' ').StartsWith("including ", StringComparison.Ordinal))
        {
            return source;
        }

        // Not "Lee, including in his speech, said": the aside names members, not an occasion.
        var aside = text.AsSpan(i, cue.Start - i);
        var opening = WordTokenizer.Tokenize(text, i, Math.Min(cue.Start, i + 40));
        if (HoldsSentenceEnd(aside) || aside.IndexOfAny('"', '“', '”') >= 0 || opening.Count < 2
            || (!opening[1].IsCapitalized && AttributionLexicon.SubjectPrepositions.Contains(opening[1].Text)) || opening[1].Lower is "during" or "when" or "while")
        {
            return source;
        }

        // The words right before the cue that belong to the verb ("have since", "quickly").
        var words = WordTokenizer.Tokenize(text, i, cue.Start);
        var end = words.Count;
        while (end > 1 && !words[end - 1].IsCapitalized && (words[end - 1].Lower is "have" or "has" or "had" or "been" or "since" or "also" or "already" or "will" or "would"
            or "were" or "are" or "is" or "was" or "all" or "both" or "then" or "now" || (words[end - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && words[end - 1].Text.Length > 4)))
        {
            end--;
        }

        if (end < 2)
        {
            return source;
        }

        // The aside closes with its own mark ("including Trump,", "-- including Clinton --"), or runs on to the verb.
        var last = words[end - 1].End;
        var close = last;
        while (close < text.Length && text[close] == ' ')
        {
            close++;
        }

        var closed = close < cue.Start && text.AsSpan(close).StartsWith(mark, StringComparison.Ordinal) && (mark != "-" || close + 1 < text.Length && text[close + 1] != '-');
        return new TextRange(source.Start, closed ? close + mark.Length : last);
    }

    // Whether the aside holds the end of a sentence: a semicolon, a colon or a full stop after a word that is no
    // abbreviation or initial ("Sens. John McCain", "U.S." are).
    private static bool HoldsSentenceEnd(ReadOnlySpan<char> aside)
    {
        if (aside.IndexOfAny(';', ':') >= 0)
        {
            return true;
        }

        for (var k = 0; k < aside.Length; k++)
        {
            if (aside[k] != '.')
            {
                continue;
            }

            var wordStart = k;
            while (wordStart > 0 && char.IsLetter(aside[wordStart - 1]))
            {
                wordStart--;
            }

            var word = aside[wordStart..k];
            if (word.IsEmpty || word.Length > 4 || !char.IsUpper(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether only spaces stand between a sentence's end (or the text's start) and position start.
    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '\n' or '!' or '?' || (i > 0 && text[i] is '”' or '"' && text[i - 1] is '.' or '!' or '?');
    }

    // "10\nMaria Hinojosa Explained", "The Street\nDonald Trump, who …": a line break of the original file inside the span
    // (the main text joins the lines of a paragraph with a space) ends a list number, a headline or a byline before the
    // source. A line that opens in lower case continues a hard-wrapped sentence ("a hate\ncrime") and keeps the span whole.
    // Only in plain text: Markdown and HTML mark their headings and list items, so a line break inside one of their
    // paragraphs is a wrap ("said the harbour board chief\nDana Holt").
    private static TextRange StartOnLastLine(Model.Article article, TextRange source)
    {
        var text = article.Text;
        if (article.Format != ArticleFormat.Text || source.Length < 3 || source.End > text.Length || article.GetSourceSpan(source) is var whole && whole.Line == whole.EndLine)
        {
            return source;
        }

        for (var i = source.End - 2; i > source.Start; i--)
        {
            if (!char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var after = article.GetSourceSpan(new TextRange(i + 1, i + 2)).Line;
            var before = article.GetSourceSpan(new TextRange(source.Start, source.Start + 1)).Line;
            if (after != before)
            {
                // The last word that starts a new line: the span starts there if it reads as a new phrase.
                if (article.GetSourceSpan(new TextRange(i - 1 >= source.Start ? i - 1 : i, i)).Line == after)
                {
                    continue;
                }

                return char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1]) ? new TextRange(i + 1, source.End) : source;
            }
        }

        return source;
    }

    // "Trump earlier Tuesday", "Priebus later Thursday", "a congressional report on Wednesday", "Carter however": a
    // time phrase or an aside after the source's noun phrase tells of the saying. A day after a participle dates a
    // report and stays ("A poll released Wednesday", "a poll out Monday"), as does one right after a poll ("a poll
    // last week"), as does the time inside a
    // description ("Lee, who won the seat last year", "Lee, a senator two years ago") or a headline's capitals ("USA
    // TODAY"), and a span that would be left with no noun ("One Sunday").
    private static TextRange WithoutTrailingTime(string text, List<WordToken> words, TextRange source)
    {
        if (words.Any(w => w.Lower is "who" or "whom" or "whose" or "which" or "that" or "ago") || text.AsSpan(source.Start, source.Length).Contains(','))
        {
            return source;
        }

        var keep = words.Count;
        while (keep > 1 && TrailingAsides.Contains(words[keep - 1].Text))
        {
            keep--;
        }

        var time = keep;
        while (time > 1 && (AttributionLexicon.DayWords.Contains(words[time - 1].Text) || AttributionLexicon.TimeWords.Contains(words[time - 1].Text))
            && !words[time - 1].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            time--;
        }

        if (time < keep)
        {
            // "on Wednesday", "last week", "late Monday": the word that opens the time phrase goes with it.
            if (time > 1 && words[time - 1].Lower is "on" or "last" or "this" or "earlier" or "later" or "late" or "early")
            {
                time--;
            }

            var before = words[time - 1];
            // "A Harbour Gazette poll last week found": a poll that is the subject of the verb right after it is dated by
            // the time after its noun, as by a participle ("according to a poll last week, …" is not).
            var dated = before.Lower is "out" || CueFinder.IsPastTense(before) || CueFinder.IsIrregularPast(before) || before.Lower.EndsWith("en", StringComparison.Ordinal)
                || (AttributionLexicon.PollNouns.Contains(before.Text) && source.End + 1 < text.Length && text[source.End] == ' ' && char.IsLower(text[source.End + 1]));
            var noun = (before.IsCapitalized || NounPhrase.IsPlainNoun(words, time - 1)) && !AttributionLexicon.PhraseOpeners.Contains(before.Text)
                && !AttributionLexicon.GroupDeterminers.Contains(before.Text) && !NounPhrase.IsNumberWord(before);
            keep = noun && !dated ? time : keep;
        }

        return keep == words.Count ? source : new TextRange(source.Start, words[keep - 1].End);
    }

    // "Donald Trump began", "some of his supporters remain", "Perez just starts": a span that ran over the verb whose
    // complement is the cue ends before it and the adverbs and auxiliaries before it ("just", "can't quite", "immediately").
    private static TextRange WithoutTrailingVerb(List<WordToken> words, TextRange source)
    {
        if (words.Count < 2 || words[^1].IsCapitalized || !TrailingVerbs.Contains(words[^1].Text) || words[^1].End != source.End)
        {
            return source;
        }

        var keep = words.Count - 1;
        while (keep > 1 && !words[keep - 1].IsCapitalized && (AttributionLexicon.CueModifiers.Contains(words[keep - 1].Text) || words[keep - 1].Lower is "quite"
            || (words[keep - 1].Text.Length > 5 && words[keep - 1].Lower.EndsWith("ly", StringComparison.Ordinal))))
        {
            keep--;
        }

        return new TextRange(source.Start, words[keep - 1].End);
    }

    // "The harbour board strongly denounced the plan and said …", "the court unanimously ruled …": an adverb in -ly at
    // the end of the span tells how the verb after it was done, and belongs to the cue; the source ends before it. Not
    // a noun or adjective in -ly ("the Holt family", "a close ally"), nor inside a clause set off by a comma or a
    // relative pronoun ("an aide who spoke publicly"), nor right after a determiner ("the elderly").
    private static TextRange WithoutTrailingAdverb(string text, List<WordToken> words, TextRange source)
    {
        if (words.Count < 2 || words[^1].End != source.End)
        {
            return source;
        }

        var adverb = words[^1];
        var before = words[^2];
        if (adverb.InQuote || adverb.IsCapitalized || adverb.Lower.Length <= 4 || !adverb.Lower.EndsWith("ly", StringComparison.Ordinal)
            || AttributionLexicon.LyNouns.Contains(adverb.Text) || AttributionLexicon.PhraseOpeners.Contains(before.Text) || before.IsPossessive
            || !text.AsSpan(before.End, adverb.Start - before.End).IsWhiteSpace()
            || text.AsSpan(source.Start, source.Length).Contains(',')
            || words.Any(w => w.Lower is "who" or "whom" or "whose" or "which" or "that"))
        {
            return source;
        }

        return new TextRange(source.Start, before.End);
    }

    // "Dana Holt's original pledge to close the pier", "the wardens' respective estimates of the cost": when the noun of
    // saying right after the span is the cue, the describing words between the possessor and it belong to the cue, and
    // the possessor alone is the source ("Dana Holt's"), as PossessorOfSpeechNoun leaves it when the noun is inside.
    private static TextRange PossessorBeforeSpeechNoun(string text, List<WordToken> words, TextRange source)
    {
        var after = source.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var nounEnd = after;
        while (nounEnd < text.Length && char.IsLetter(text[nounEnd]))
        {
            nounEnd++;
        }

        if (words.Count < 2 || nounEnd == after || after == source.End || !PossessedNouns.Contains(text[after..nounEnd]))
        {
            return source;
        }

        // "Holt's lawsuit demands her reinstatement": a form in -s with an object after it is the verb, and the word
        // before it the possessed head of the source.
        if (text[nounEnd - 1] is 's' && WordTokenizer.Tokenize(text, nounEnd, Math.Min(text.Length, nounEnd + 40)) is [var object0, ..]
            && (AttributionLexicon.PhraseOpeners.Contains(object0.Text) || object0.IsCapitalized))
        {
            return source;
        }

        // One or two lower-case describing words after the possessor, which is "his", "her", "their" or a word in 's or s'.
        for (var k = words.Count - 2; k >= Math.Max(0, words.Count - 3); k--)
        {
            if (words.Skip(k + 1).Any(w => w.IsCapitalized || w.InQuote || w.IsPossessive || AttributionLexicon.PhraseOpeners.Contains(w.Text)))
            {
                return source;
            }

            var w = words[k];
            if (w.Lower is "his" or "her" or "their" or "its" || w.IsPossessive)
            {
                return new TextRange(source.Start, w.End);
            }

            if (w.End < text.Length && text[w.End] is '’' or '\'' && w.Lower.EndsWith('s'))
            {
                return new TextRange(source.Start, w.End + 1);
            }
        }

        return source;
    }

    // "His remarks indicated", "The campaign's statement then declares": after a possessor, the noun of saying is the
    // cue's, as PolNeAR marks it; the possessor alone is the source ("His", "The campaign's").
    private static TextRange PossessorOfSpeechNoun(string text, List<WordToken> words, TextRange source)
    {
        if (words.Count < 2 || words.Count > 6 || !PossessedNouns.Contains(words[^1].Text) || words[^1].End != source.End)
        {
            return source;
        }

        // The possessor: "his", "their", or a word ending in 's or s', right before the noun or one adjective before it;
        // one inside a phrase after the head ("a person familiar with Johnson's views") is no source of its own.
        for (var k = words.Count - 2; k >= Math.Max(0, words.Count - 3); k--)
        {
            var w = words[k];
            if (words.Take(k).Any(x => !x.IsCapitalized && (AttributionLexicon.SubjectPrepositions.Contains(x.Text) || x.Lower is "familiar" or "close")))
            {
                return source;
            }

            var end = w.End;
            if (w.Lower is "his" or "her" or "their" or "its" or "our" or "my" || w.IsPossessive)
            {
                return new TextRange(source.Start, end);
            }

            if (end < text.Length && text[end] is '’' or '\'' && w.Lower.EndsWith('s'))
            {
                return new TextRange(source.Start, end + 1);
            }
        }

        return source;
    }

    // "Harbour pilots, however, said", "The skippers who sued, for instance, argued": a discourse aside set off by a comma
    // at the end of the span tells how the report fits the story, not who speaks; the span ends before its comma. An
    // aside of several words needs no comma ("Holt for her part said" gives "Holt"). Not after a conjunction ("the
    // mayors and, in particular, Vale"), where the aside opens the next name.
    private static TextRange WithoutClosingAside(string text, TextRange source)
    {
        var span = text.AsSpan(source.Start, source.Length).TrimEnd().TrimEnd(',');
        foreach (var aside in AttributionLexicon.DiscourseAsides)
        {
            if (span.Length <= aside.Length + 2 || !span.EndsWith(aside, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var head = span[..^aside.Length];
            // "Holt for her part said": an aside of several words closes the span without its commas too; a lone word
            // without a comma ("Holt too") is left to the other trims.
            var bare = aside.Contains(' ') && head.TrimEnd() is [.., var last] && char.IsLetterOrDigit(last);
            if (!char.IsWhiteSpace(head[^1]) || (!bare && (head.TrimEnd() is not [.., var beforeComma, ','] || !char.IsLetterOrDigit(beforeComma) && beforeComma != ')')))
            {
                continue;
            }

            var name = bare ? head.TrimEnd() : head.TrimEnd()[..^1].TrimEnd();
            var lastSpace = name.LastIndexOfAny(' ', '\u00a0', '\n');
            if (name.IsEmpty || name[(lastSpace + 1)..] is "and" or "or" or "but")
            {
                continue;
            }

            return new TextRange(source.Start, source.Start + name.Length);
        }

        return source;
    }

    // A live blog heads each entry with the clock time it was posted, often run into its headline with no space:
    // "9:38PM Holt Says She Will Close The Pier", "10:12PMHolt Says …". The minutes after the colon and the AM/PM
    // mark time the post and name no one; the source starts on the name after them.
    private static TextRange WithoutClockTime(string text, TextRange source)
    {
        var i = source.Start;
        if (i == 0 || text[i - 1] != ':' || i + 4 > source.End)
        {
            return source;
        }

        while (i < source.End && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == source.Start || i + 2 > source.End || text[i] is not ('A' or 'P') || text[i + 1] != 'M')
        {
            return source;
        }

        i += 2;
        while (i < source.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < source.End && char.IsUpper(text[i]) ? new TextRange(i, source.End) : source;
    }

    // "even some of his admirers", "including Mr. Lee's": the word before the noun phrase is no part of the source.
    private static TextRange WithoutFocusWord(string text, TextRange source)
    {
        var span = text.AsSpan(source.Start, source.Length);
        var space = span.IndexOfAny(' ', '\u00a0');
        if (space <= 0 || !FocusWords.Contains(span[..space].ToString()))
        {
            return source;
        }

        var start = source.Start + space;
        while (start < source.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < source.End && char.IsLetterOrDigit(text[start]) ? new TextRange(start, source.End) : source;
    }

    // A "(" left open: closed right after the span ("(D-Vt" + ".)") it is taken in; otherwise the span starts inside it.
    private static TextRange BalanceBracket(string text, TextRange source)
    {
        var open = -1;
        var depth = 0;
        for (var i = source.Start; i < source.End; i++)
        {
            if (text[i] == '(')
            {
                if (depth == 0)
                {
                    open = i;
                }

                depth++;
            }
            else if (text[i] == ')' && depth > 0)
            {
                depth--;
            }
        }

        if (depth == 0)
        {
            return source;
        }

        // "(R-Ky" + ".)": a few characters without a space close the bracket.
        for (var i = source.End; i < text.Length && i - source.End <= 6; i++)
        {
            if (text[i] == ')')
            {
                return new TextRange(source.Start, i + 1);
            }

            if (char.IsWhiteSpace(text[i]) || text[i] == '(')
            {
                break;
            }
        }

        var start = open + 1;
        while (start < source.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < source.End && char.IsLetter(text[start]) ? new TextRange(start, source.End) : source;
    }

    // "Jorge Llamas, 31, of Tujunga, Calif., but …": the full stop of a place abbreviation after a comma belongs to it when a
    // comma follows (at a sentence's end the stop ends the sentence).
    private static TextRange WithAbbreviationStop(string text, TextRange source)
    {
        if (source.End + 1 >= text.Length || text[source.End] != '.' || text[source.End + 1] != ',')
        {
            return source;
        }

        var start = source.End;
        while (start > source.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, source.End - start);
        return word.Length is >= 2 and <= 5 && char.IsUpper(word[0]) && word[1..].ToString().All(char.IsLower) && start >= 2 && text[start - 1] == ' ' && text[start - 2] == ','
            ? new TextRange(source.Start, source.End + 1)
            : source;
    }

    // "Sen. Nora Vale, R-Maine, said", "said Rep. Dana Holt, D-Ore.": the party and state tag after a name's comma is part of
    // the name, as PolNeAR marks it, with the comma that closes it; a full stop that also ends the sentence stays out.
    private static TextRange WithPartyTag(string text, TextRange source)
    {
        if (source.End + 2 >= text.Length || text[source.End] != ',' || !char.IsUpper(text[LastWordStart(text, source)]))
        {
            return source;
        }

        var start = source.End + 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start <= 12 && (char.IsLetter(text[end]) || text[end] is '-' or '‑' or '.'))
        {
            end++;
        }

        if (end == start || !NounPhrase.IsPartyTag(text[start..end]))
        {
            return source;
        }

        if (end < text.Length && text[end] == ',')
        {
            return new TextRange(source.Start, end + 1);
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        var endsSentence = text[end - 1] == '.' && (next == text.Length || text[next] == '\n' || char.IsUpper(text[next]) || QuoteMarks.IsQuoteMark(text[next]));
        return new TextRange(source.Start, endsSentence ? end - 1 : end);
    }

    // The offset of the first letter of the span's last word.
    private static int LastWordStart(string text, TextRange source)
    {
        var i = source.End;
        while (i > source.Start && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    // "47%": the sign belongs to the figure.
    private static TextRange WithPercentSign(string text, TextRange source) =>
        source.End < text.Length && text[source.End] == '%' && char.IsDigit(text[source.End - 1]) ? new TextRange(source.Start, source.End + 1) : source;

    // "A third of the pilots, 33 percent, say": a figure set off by commas restates the share before it; the comma that
    // closes it closes the source, as the one closing a person's appositive does ("Ann Lee, 45, said").
    private static TextRange WithFigureAppositiveComma(string text, TextRange source)
    {
        if (source.End >= text.Length || text[source.End] != ',')
        {
            return source;
        }

        var span = text.AsSpan(source.Start, source.Length);
        var comma = span.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return source;
        }

        var figure = span[(comma + 2)..];
        var words = figure.ToString().Split(' ');
        var isFigure = words.Length <= 3 && words.Any(w => w.Length > 0 && char.IsAsciiDigit(w[0]))
            && (figure.EndsWith("%", StringComparison.Ordinal) || figure.EndsWith(" percent", StringComparison.Ordinal));
        return isFigure ? new TextRange(source.Start, source.End + 1) : source;
    }

    // "Lee and Reed both", "the ministers all": the quantifier floats after the subject; "it all", "of all" stay whole.
    private static TextRange WithoutFloatingQuantifier(string text, TextRange source)
    {
        var span = text.AsSpan(source.Start, source.Length);
        var space = span.LastIndexOfAny(' ', '\u00a0');
        if (space <= 0)
        {
            return source;
        }

        var last = span[(space + 1)..];
        if (!last.Equals("both", StringComparison.OrdinalIgnoreCase) && !last.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }

        var head = span[..space].TrimEnd();
        var before = head[(head.LastIndexOfAny(' ', '\u00a0') + 1)..];
        if (head.IsEmpty || before.Equals("it", StringComparison.OrdinalIgnoreCase) || before.Equals("of", StringComparison.OrdinalIgnoreCase)
            || before.Equals("at", StringComparison.OrdinalIgnoreCase) || (!char.IsLetterOrDigit(head[^1]) && head[^1] != ')'))
        {
            return source;
        }

        return new TextRange(source.Start, source.Start + head.Length);
    }
}
