namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The subject of a cue that has none right before it in the usual form (the "loose subject" rule): a cue in a series
/// after a comma or "and" goes on with the source of the cue whose content it would otherwise run into ("Clinton
/// supports A, opposes B"), the sentence's subject stands before an aside ("Ada Fisher, one of the members, said"), or a
/// plain noun phrase right before the cue names no person ("This group recognizes that …"). Kept apart from
/// <see cref="CueFinder"/> because it reads the cues already found, not only the words.
/// </summary>
internal static class LooseSubject
{
    /// <summary>
    /// The subject of the cue at word <paramref name="verb"/> where <see cref="SourceBeforeCue.Find"/> names none: the source of
    /// an earlier cue whose content the cue goes on after a comma ("Clinton supports A, opposes B", "Lee paused, then
    /// revealed why …"), the sentence's subject after a comma closing an aside ("Ada Fisher, one of the members, said
    /// …"), or a plain noun phrase right before it that names no person ("This group recognizes that …"). Null where the
    /// verb may be a participle describing a noun ("the bill, called …", "the emails released Tuesday").
    /// </summary>
    internal static TextRange? Of(string text, List<WordToken> words, int verb, List<CueCandidate> found)
    {
        var form = words[verb].Lower;
        if (form.EndsWith("ing", StringComparison.Ordinal) || words[verb].IsCapitalized)
        {
            return null;
        }

        var cueFirst = CueFinder.CueStart(text, words, verb);

        var auxiliary = false;
        for (var k = cueFirst; k < verb; k++)
        {
            if (AttributionLexicon.FormsOfBe.Contains(words[k].Text) && words[k].Lower != "being")
            {
                // The passive ("was widely criticized") has its own rule.
                return null;
            }

            auxiliary |= words[k].Lower is "has" or "have" or "had" or "will" or "would" or "did" or "does" or "do" or "can" or "could"
                or "may" or "might" or "should" or "must";
        }

        var prev = cueFirst - 1;
        if (prev < 0 || words[prev].InQuote)
        {
            return null;
        }

        var pastForm = CueFinder.IsPastTense(words[verb]) || CueFinder.IsIrregularPast(words[verb]);
        var presentForm = form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal) && !pastForm;
        var at = words[cueFirst].Start;
        var connector = words[prev].Lower is "then" or "and" or "but" && !words[prev].IsCapitalized;
        var gapEnd = connector ? words[prev].Start : at;
        var gapStart = connector ? (prev > 0 ? words[prev - 1].End : gapEnd) : words[prev].End;
        if (text.AsSpan(gapStart, gapEnd - gapStart).Trim() is [','] || (connector && CueFinder.IsSpaceOnly(text, gapStart, gapEnd)))
        {
            // A cue in a series goes on with the source of the cue whose content it would otherwise run into.
            var holder = found.LastOrDefault(c => !c.IsSourceless && c.Content is { } held && held.Start < at && at < held.End);
            if (holder is not null)
            {
                // "Lee said the board is neutral and supports both sides": the reported clause goes on.
                return VerbalCue.ContinuesReportedClause(words, holder.Source, cueFirst, verb) ? null : holder.Source;
            }

            var finite = presentForm || auxiliary || form is "said" or "told" or "wrote" or "thought" or "felt" or "knew" or "saw" or "spoke"
                || (verb + 1 < words.Count && words[verb + 1].Lower == "that" && !words[verb + 1].InQuote);
            // "Ada Fisher, one of the members, said": the aside stands right after the sentence's subject.
            return finite && SentenceSubject.Of(text, words, cueFirst) is { } subject && subject.End < words[prev].Start
                && text.AsSpan(subject.End, words[prev].Start - subject.End).TrimStart().StartsWith(",") ? subject : null;
        }

        if (!CueFinder.IsSpaceOnly(text, words[prev].End, at) || words[prev].IsPossessive || AttributionLexicon.Pronouns.Contains(words[prev].Text)
            || (!words[prev].IsCapitalized && (AttributionLexicon.ClauseOpeners.Contains(words[prev].Text) || AttributionLexicon.PhraseOpeners.Contains(words[prev].Text)
                || AttributionLexicon.GroupDeterminers.Contains(words[prev].Text) || CueFinder.IsPastTense(words[prev]) || AttributionLexicon.MatchVerb(words, prev) > 0)))
        {
            return null;
        }

        var first = NounPhrase.Start(text, words, prev);
        if (first < 0 || first > prev || words[first].InQuote)
        {
            return null;
        }

        // "This group": a determiner opening the sentence belongs to the phrase.
        if (first > 0 && AttributionLexicon.PhraseOpeners.Contains(words[first - 1].Text) && !words[first - 1].InQuote && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start))
        {
            first--;
        }

        // The phrase opens its clause: a noun phrase inside one ("… questions asked of", "… the emails released") is
        // an object the participle describes.
        var opens = first == 0 || CueFinder.HasPunctuation(text, words[first - 1].End, words[first].Start)
            || (!words[first - 1].InQuote && words[first - 1].Lower is "and" or "but" or "that" or "while" or "because" or "although" or "though"
                or "when" or "if" or "since" or "so" or "whether");
        return opens && (!pastForm || auxiliary || first == 0 || presentForm) ? new TextRange(words[first].Start, words[prev].End) : null;
    }
}
