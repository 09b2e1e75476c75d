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

                var end = CueFinder.TrimEnd(text, start, frame.End);
                if (k + 1 < words.Count && !words[k + 1].InQuote && NounPhrase.IsSubjectStart(words[k + 1]) && end - start >= 2 && end - start <= 160
                    && !HoldsClause(words, start, end) && CueFinder.ContentBefore(text, frame, words[cueFirst].Start) is { } said)
                {
                    found.Add(new CueCandidate(cue, new TextRange(start, end), said, false) { AttributesQuotes = false });
                }

                continue;
            }

            if (source is null && (before.InQuote || !CueFinder.IsSpaceOnly(text, before.End, words[cueFirst].Start)))
            {
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

            if (source is { } named && CueFinder.Verbal(text, frame, words, k, 1, null, named) is { } reported)
            {
                found.Add(reported with { AttributesQuotes = false });
            }
            else if (source is { } closing && k + 1 == words.Count && CueFinder.ContentBefore(text, frame, closing.Start) is { } said
                && CueFinder.CommaAdjacent(text, said.End, closing.Start))
            {
                // "…, her friend said.": the cue closes the passage and credits what stands before it.
                found.Add(new CueCandidate(cue, closing, said, false) { AttributesQuotes = false });
            }
            else if (source is null && before.Lower is "to" && CueFinder.ContentFrom(text, frame, w.End) is { } content
                && (w.Lower is not ("tell" or "told") || CueFinder.SkipObject(text, words, k + 1, frame, w.End) is var objectEnd && objectEnd > w.End))
            {
                // "… stood at a rally to say he was leaning toward Trump": whoever it is, the words are reported.
                var from = w.Lower is "tell" or "told" ? CueFinder.ContentFrom(text, frame, CueFinder.SkipObject(text, words, k + 1, frame, w.End)) : content;
                if (from is { } reportedContent)
                {
                    found.Add(new CueCandidate(cue, cue, reportedContent, false) { IsSourceless = true });
                }
            }
        }
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
