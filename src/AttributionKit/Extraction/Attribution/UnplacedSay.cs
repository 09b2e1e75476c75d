namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The last cue rule of <see cref="CueFinder"/> (before contents are trimmed): a form of say or tell that no other rule placed still reports speech, so
/// it is kept with the best source its passage gives (a subject with its asides before it, the speaker after a comma
/// that closes the quoted words, a noun phrase right before it, or nobody named after "to"). Kept apart because it runs
/// after every other cue of the passage is found and only fills what they left.
/// </summary>
internal static class UnplacedSay
{
    /// <summary>
    /// A form of say or tell that no rule above placed, outside every content found: these verbs report speech wherever
    /// they stand, so the cue is kept with the best source the passage gives. After a comma or a quote it credits what
    /// stands before it to the words after it ("…, said Mark Lee, an expert who has written on the topic."); else it
    /// credits what follows it to the subject before it, with any aside ("Cory James, 22, of Flint, Mich., said …",
    /// "most of them said …"), or to nobody named ("to say he was leaning …"); a cue closing its clause credits what
    /// stands before it ("…, her friend said.").
    /// </summary>
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote || w.IsCapitalized || w.Lower is not ("say" or "says" or "said" or "tell" or "tells" or "told")
                || CueFinder.IsPlaced(found, w.Range, w.Range))
            {
                continue;
            }

            var cueFirst = CueFinder.CueStart(text, words, k);

            if (cueFirst == 0)
            {
                continue;
            }

            var cue = new TextRange(words[cueFirst].Start, w.End);
            var before = words[cueFirst - 1];
            var gap = text.AsSpan(before.End, words[cueFirst].Start - before.End).Trim();
            TextRange? source = null;
            // A passage may hold several sentences (a quote runs across them): the subject opens the cue's own.
            var opening = cueFirst - 1;
            while (opening > 0 && !words[opening - 1].InQuote && !words[opening].OpensSentence)
            {
                opening--;
            }

            if (!before.InQuote && SentenceSubject.Of(text, words.GetRange(opening, cueFirst - opening), cueFirst - opening) is { } subject && subject.End <= before.End)
            {
                // "Cory James, 22, of Flint, Mich., said": the subject with its asides, none of which holds a clause of
                // its own ("Hamdy, a pilot, was headed to Cairo, her friend said" is no aside).
                var aside = text.AsSpan(subject.End, words[cueFirst].Start - subject.End).Trim();
                source = aside.IsEmpty ? subject
                    : (aside[0] is ',' or '—' or '–' or '(' || (aside.StartsWith("who ") && gap is [.., ','])) && !HoldsClause(words, subject.End, words[cueFirst].Start)
                        ? new TextRange(subject.Start, text[before.End] == ')' ? before.End + 1 : before.End)
                    : before.Lower is "and" or "but" ? subject : null;
            }

            // "Yet some voters who …, on television …, said": a conjunction opening the sentence stands before the subject.
            if (words[opening].Lower is "but" or "and" or "yet" or "so" && opening + 2 < cueFirst && CueFinder.IsSpaceOnly(text, words[opening].End, words[opening + 1].Start))
            {
                opening++;
            }

            if (source is null && gap is [.., ',' or '—' or '–'] && !words[opening].InQuote && NounPhrase.IsSubjectStart(words[opening]) && !words[opening].Lower.EndsWith("ing", StringComparison.Ordinal)
                && opening + 1 < cueFirst && !HoldsClause(words, words[opening].Start, words[cueFirst].Start)
                && !AttributionLexicon.SentenceStarters.Contains(words[opening + 1].Text)
                && AttributionLexicon.MatchVerb(words, opening + 1) == 0 && !CueFinder.IsPastTense(words[opening + 1]))
            {
                // "Some voters who have listened to him, on television or at rallies, said …": the words from the
                // sentence's start, a subject with its asides.
                source = new TextRange(words[opening].Start, text[before.End] == ')' ? before.End + 1 : before.End);
            }

            if (source is null && gap.Length > 0 && (gap[^1] == ',' || CueFinder.IsClosingMark(gap[^1])) && w.Lower is "said" or "says")
            {
                // "…, said Mark Lee, an expert who has written on the topic.": the speaker runs to the passage's end.
                var start = w.End;
                while (start < frame.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                var end = ContentBoundary.TrimEnd(text, start, frame.End);
                if (k + 1 < words.Count && !words[k + 1].InQuote && NounPhrase.IsSubjectStart(words[k + 1]) && end - start >= 2 && end - start <= 160
                    && !HoldsClause(words, start, end) && ContentBoundary.ContentBefore(text, frame, words[cueFirst].Start) is { } said)
                {
                    found.Add(new CueCandidate(cue, new TextRange(start, end), said, false) { AttributesQuotes = false });
                }

                continue;
            }

            if (source is null && (before.InQuote || !CueFinder.IsSpaceOnly(text, before.End, words[cueFirst].Start)))
            {
                AddFallback(text, frame, words, k, cueFirst, found);
                continue;
            }

            if (source is null && !before.IsCapitalized && !AttributionLexicon.ClauseOpeners.Contains(before.Text) && !before.IsPossessive
                && !AttributionLexicon.PhraseOpeners.Contains(before.Text) && !AttributionLexicon.GroupDeterminers.Contains(before.Text) && AttributionLexicon.MatchVerb(words, cueFirst - 1) == 0
                && NounPhrase.Start(text, words, cueFirst - 1) is var first and >= 0)
            {
                // "most of them said", "her friend said": the noun phrase right before the cue.
                if (first > 0 && AttributionLexicon.PhraseOpeners.Contains(words[first - 1].Text) && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start))
                {
                    first--;
                }

                source = new TextRange(words[first].Start, before.End);
            }

            if (source is { } named && VerbalCue.Verbal(text, frame, words, k, 1, null, named) is { } reported)
            {
                found.Add(reported with { AttributesQuotes = false });
            }
            else if (source is { } closing && k + 1 == words.Count && ContentBoundary.ContentBefore(text, frame, closing.Start) is { } said
                && ContentBoundary.CommaAdjacent(text, said.End, closing.Start))
            {
                // "…, her friend said.": the cue closes the passage and credits what stands before it.
                found.Add(new CueCandidate(cue, closing, said, false) { AttributesQuotes = false });
            }
            else if (source is null && before.Lower is "to" && ContentBoundary.ContentFrom(text, frame, w.End) is { } content
                && (w.Lower is not ("tell" or "told") || CueObject.SkipObject(text, words, k + 1, frame, w.End) is var objectEnd && objectEnd > w.End))
            {
                // "… stood at a rally to say he was leaning toward Trump": whoever it is, the words are reported.
                var from = w.Lower is "tell" or "told" ? ContentBoundary.ContentFrom(text, frame, CueObject.SkipObject(text, words, k + 1, frame, w.End)) : content;
                if (from is { } reportedContent)
                {
                    found.Add(new CueCandidate(cue, cue, reportedContent, false) { IsSourceless = true });
                }
            }
            else
            {
                AddFallback(text, frame, words, k, cueFirst, found);
            }
        }
    }

    /// <summary>
    /// "Insiders in the next two states — Nevada and South Carolina — said it is important …", "Yet some voters who
    /// have listened to him, on television or at small events, said he had less magnetism": a say that no rule above
    /// could give a source still reports what follows it. The source is the noun phrase before the cue, or before an
    /// aside set off by dashes, commas or brackets that ends at the cue, when one can name a speaker; else the relation
    /// is kept without a source.
    /// </summary>
    private static void AddFallback(string text, TextRange frame, List<WordToken> words, int k, int cueFirst, List<CueCandidate> found)
    {
        var w = words[k];
        // "will not yet say whether …", "one could say …": a say under a modal or a negation reports nothing said.
        if (w.Lower is not ("say" or "says" or "said") || cueFirst != k || k + 1 >= words.Count || words[k + 1].InQuote
            || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start)
            || words[cueFirst - 1].Lower is "to" or "that" or "this" or "it" or "will" or "would" or "could" or "can" or "may" or "might" or "must"
                or "should" or "yet" or "did" or "does" or "do" or "cannot"
            || words[cueFirst - 1].IsVerbNegation)
        {
            return;
        }

        var cue = new TextRange(words[cueFirst].Start, w.End);
        if (VerbalCue.Verbal(text, frame, words, k, 1, null, cue) is not { Content: { } content } reported || content.Start < w.End
            || WordIndex.FirstAtOrAfter(words, content.Start) is var opening && opening < words.Count
                && words[opening].Lower is "on" or "in" or "at" or "about" or "as" or "of" or "for" or "with" or "during" or "after" or "before" or "while")
        {
            // "say on her candidacy", "says as a photo is shown": a phrase about the saying, not what was said.
            return;
        }

        var source = SubjectBeforeAside(text, words, cueFirst);
        if (source is null && text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).Trim() is [','])
        {
            // "Part of the problem, say experts like Paul Bauman, is the ground": after a comma with no subject before
            // it the cue is inverted, and what follows it names the speaker, not what was said.
            return;
        }

        found.Add(source is { } named
            ? reported with { Source = named, AttributesQuotes = false }
            : reported with { IsSourceless = true, AttributesQuotes = false });
    }

    // The noun phrase that names who says, read leftward from the cue: past adverbs that may stand between a subject
    // and its verb ("Her campaign workers here said", "Proponents of the bill, however, say") and an aside set off by
    // commas, dashes or brackets that holds no verb of its own ("The justice -- who has been in a scuffle with Trump --
    // said"), which stays part of the source when it describes the subject ("experts like Paul Bauman, a Canadian
    // geophysicist, say"); then over the phrases that restrict the noun ("insiders in the next two states"). Only a
    // phrase that opens its clause, and can name a speaker, is taken.
    internal static TextRange? SubjectBeforeAside(string text, List<WordToken> words, int cueFirst)
    {
        var last = cueFirst - 1;
        // The source runs to the cue, with the mark that closes a describing aside ("insiders — in Nevada —").
        var end = words[cueFirst].Start;
        while (end > words[last].End && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var afterAside = false;
        while (true)
        {
            var gap = text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim();
            if (!gap.IsEmpty && !afterAside)
            {
                if (CloseAside(text, words, last + 1) is not { } opened)
                {
                    return null;
                }

                var describes = Describes(words[opened]);
                if (!describes)
                {
                    end = words[opened - 1].End;
                }

                last = opened - 1;
                afterAside = true;
                continue;
            }

            afterAside = false;

            if (last > 0 && words[last].Lower is "here" or "there" or "too" or "also" or "however" or "now" or "today" or "themselves"
                or "alone" or "instead" or "though" or "meanwhile")
            {
                last--;
                end = words[last].End;
                continue;
            }

            break;
        }

        if (words[last].InQuote)
        {
            return null;
        }

        // "insiders in the next two states", "proponents of more controls": a phrase after a preposition restricts the
        // noun before it, which is the one that must name a speaker.
        var first = NounPhrase.Start(text, words, last);
        var head = last;
        while (first >= 2 && words[first - 1].Lower is "of" or "in" or "for" or "on" or "at" or "from" or "with" or "like" or "among" or "across"
            && CueFinder.IsSpaceOnly(text, words[first - 2].End, words[first - 1].Start) && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start)
            && !words[first - 2].InQuote && NounPhrase.IsPlainNoun(words, first - 2) && last - first < CueFinder.MaxSourceWords)
        {
            head = first - 2;
            first = NounPhrase.Start(text, words, head);
        }

        // The phrase's own head ("supporters" in "supporters of the harbour") may stand before a preposition.
        var names = NounPhrase.CanNameSource(words, first, head);
        for (var j = first; j < head && !names; j++)
        {
            names = words[j + 1].Lower is "of" or "in" or "for" or "on" or "at" or "from" or "with" or "like" or "among" or "across"
                && NounPhrase.CanNameSource(words, first, j);
        }

        if (!names)
        {
            return null;
        }

        // The phrase must open its clause: the passage's start, a comma or dash, or a conjunction before it.
        if (first > 0 && !words[first].OpensSentence && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start)
            && words[first - 1].Lower is not ("and" or "but" or "yet" or "so" or "indeed" or "even" or "while" or "although" or "though" or "because" or "if" or "when" or "whereas"))
        {
            return null;
        }

        return new TextRange(words[first].Start, end);
    }

    // An aside that opens with a noun phrase names the subject again ("Paul Bauman, a geophysicist,"); one opening with
    // "who", an adverb or a preposition says something else about it.
    private static bool Describes(WordToken first) =>
        first.Lower is "a" or "an" or "the" or "like" or "including" or "and" or "both"
        || (first.IsCapitalized && !AttributionLexicon.SentenceStarters.Contains(first.Text));

    // The first word of an aside whose closing mark stands right before word k: the word after the same mark (or the
    // opening bracket) earlier in the sentence, when the words between hold no verb outside a relative clause.
    private static int? CloseAside(string text, List<WordToken> words, int k)
    {
        var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
        var closer = gap.EndsWith("--", StringComparison.Ordinal) ? "--" : gap[^1] switch
        {
            ')' => "(",
            ',' => ",",
            '—' => "—",
            '–' => "–",
            // "Nora Vale - a harbour pilot - said": a hyphen standing alone between spaces is typed for a dash.
            '-' when gap.Length == 1 => "-",
            _ => null,
        };
        if (closer is null || (gap.Length > 1 && closer != "--" && gap[^1] != ')'))
        {
            return null;
        }

        for (var open = k - 1; open > 0 && k - open <= 30; open--)
        {
            if (words[open].OpensSentence || words[open - 1].InQuote)
            {
                return null;
            }

            var openGap = text.AsSpan(words[open - 1].End, words[open].Start - words[open - 1].End);
            if (closer == "-" ? openGap.Trim() is ['-'] && openGap.Length > 2 : openGap.Contains(closer, StringComparison.Ordinal))
            {
                return HoldsVerb(text, words, open, k) ? null : open;
            }
        }

        return null;
    }

    // Whether words from..to (exclusive) hold a verb outside a relative clause set off by commas or dashes: then they
    // are a clause of their own, not asides between a subject and its cue.
    private static bool HoldsVerb(string text, List<WordToken> words, int from, int to)
    {
        var relative = false;
        for (var k = from; k < to; k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.IndexOfAny(",—–") >= 0 || gap.Contains("--", StringComparison.Ordinal) || gap.Contains(" -", StringComparison.Ordinal))
            {
                relative = words[k].Lower is "who" or "which" or "whose";
            }

            // "Gingrich — mentioned by Newsmax as the leading choice — told": a participle and its phrase opening the
            // aside are a relative clause without its pronoun.
            relative |= k == from && k + 1 < to && (CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k]))
                && words[k + 1].Lower is "by" or "as" or "in" or "with" or "from" or "for" or "at" or "on";

            if (words[k].InQuote || relative)
            {
                continue;
            }

            if (AttributionLexicon.MatchVerb(words, k) > 0 || CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k])
                || words[k].Lower is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "did" or "does" or "do"
                    or "should" or "could" or "can" or "may" or "might" or "must" or "because" or "if" or "when" or "as")
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words between start and end hold a verb of their own outside a relative clause ("was headed to
    // Cairo"), so they are no aside of a subject ("a mother of three", "22, of Flint", "which raised $30 million").
    private static bool HoldsClause(List<WordToken> words, int start, int end)
    {
        var relative = false;
        foreach (var word in words)
        {
            if (word.Start < start || word.End > end || word.InQuote)
            {
                continue;
            }

            relative |= word.Lower is "who" or "which" or "that" or "whose" or "whom" or "including";
            if (!relative && word.Lower is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "did" or "does"
                or "should" or "could" or "can" or "may" or "might" or "must")
            {
                return true;
            }
        }

        return false;
    }
}
