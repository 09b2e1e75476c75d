namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A poll as the source of the figures in the clause it frames, with "in" as the cue ("In a CNN poll released Monday,
/// Lee led by 10 points", "Lee leads in the latest Quinnipiac poll"): the poll's noun phrase, with a participle phrase
/// after it, is the source; unnamed polls in the plural ("his rise in the polls") are the race's standing and are not.
/// </summary>
internal static class PollCue
{
    // "In a CNN poll released Monday, Lee led by 10 points" / "Lee leads in the latest polls": the poll is the source of
    // the figures in the clause it frames; "in" is the cue.
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k].InQuote || words[k].Lower != "in")
            {
                continue;
            }

            // The poll's noun phrase: up to six words without punctuation, ending on a poll noun.
            var head = -1;
            for (var j = k + 1; j < words.Count && j - k <= 7; j++)
            {
                if (words[j].InQuote || CueFinder.HasPunctuation(text, words[j - 1].End, words[j].Start) && j > k + 1 && text[words[j - 1].End] != '/')
                {
                    break;
                }

                if (AttributionLexicon.PollNouns.Contains(words[j].Text))
                {
                    head = j;
                    break;
                }
            }

            if (head < 0 || (head + 1 < words.Count && AttributionLexicon.PollNouns.Contains(words[head + 1].Text)))
            {
                continue;
            }

            // "his rise in the polls", "trailing in national polls": unnamed polls in the plural are the race's standing,
            // seldom a source the corpora credit.
            if ((words[head].Lower.EndsWith('s') && !words.Skip(k + 1).Take(head - k).Any(w => w.IsCapitalized)) || words[head].Lower == "polling")
            {
                continue;
            }

            // "released Monday", "conducted for CNN": a participle phrase after the poll belongs to it, up to a comma.
            var sourceEnd = words[head].End;
            var last = head;
            if (head + 1 < words.Count && CueFinder.IsPastTense(words[head + 1]) && CueFinder.IsSpaceOnly(text, words[head].End, words[head + 1].Start))
            {
                last = CueFinder.EndOfSegment(text, words, head + 1);
                sourceEnd = words[last].End;
            }

            // "In a Register poll last month, …": a time phrase after the poll is not part of its name.
            // So is "the same month" ("In a Gazette poll the same month, …"), whose "same" is no time word by itself.
            while (last + 1 < words.Count && (AttributionLexicon.CueTimeWords.Contains(words[last + 1].Text) || (words[last + 1].Lower == "same" && words[last].Lower == "the"))
                && !words[last + 1].InQuote && CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
            {
                last++;
            }

            // "In the latest Gazette poll, conducted in May, Holt led": at the sentence's start a participle phrase set off
            // by commas still describes the poll and joins the source with its closing comma; an aside set off by commas
            // ("In a Gazette poll, however, Holt led") is skipped.
            var opensSentence = CueFinder.IsSpaceOnly(text, frame.Start, words[k].Start);
            if (opensSentence && CommaPhraseAfter(text, words, last) is { } phraseEnd)
            {
                if (CueFinder.IsPastTense(words[last + 1]))
                {
                    sourceEnd = text.IndexOf(',', words[phraseEnd].End) + 1;
                }

                last = phraseEnd;
            }

            var cue = new TextRange(words[k].Start, words[k].End);
            var source = new TextRange(words[k + 1].Start, sourceEnd);
            if (CueFinder.AnyCueOverlaps(found, cue) || CueFinder.AnyCueOverlaps(found, source))
            {
                continue;
            }

            TextRange? content = null;
            var gapAfter = last + 1 < words.Count ? text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim() : [];
            if (opensSentence && gapAfter is [','])
            {
                // "In a Gazette poll, 38 percent said Holt should go, while 60 percent said she should stay": the poll
                // frames every figure of its sentence, not only the clause up to the next comma.
                content = ContentBoundary.ContentFrom(text, frame, words[last + 1].Start);
            }
            else if (k > 2 && (last + 1 >= words.Count || gapAfter is [',', ..] or ['.', ..] or [';', ..]) && CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
            {
                // The clause before "in" holds the figures: from the passage's start or its last comma.
                var start = frame.Start;
                var comma = text.LastIndexOf(',', words[k].Start - 1, words[k].Start - frame.Start);
                if (comma > frame.Start)
                {
                    start = comma + 1;
                }

                content = ContentBoundary.ContentFrom(text, new TextRange(start, words[k - 1].End), start);

                // "Rubio, who is third in many Iowa polls", "having overtaken Bush in polling", "compared to 50 percent in a
                // similar survey", "Though she is running ahead in New Hampshire polls, …": a relative, participle or
                // subordinate clause states no figure of its own that the poll reports.
                if (content is { } before && WordIndex.FirstAtOrAfter(words, before.Start) is var first && first < k && OpensNoFigure(words[first]))
                {
                    content = null;
                }
            }

            if (content is { } found1)
            {
                found.Add(new CueCandidate(cue, source, found1, false) { AttributesQuotes = false });
            }
        }
    }

    // The last word of a phrase set off by commas right after the poll's words[last]: a participle phrase ("conducted in
    // May") or a discourse aside ("however"), closed by a comma; null when there is none.
    private static int? CommaPhraseAfter(string text, List<WordToken> words, int last)
    {
        if (last + 2 >= words.Count || text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim() is not [','] || words[last + 1].InQuote)
        {
            return null;
        }

        var end = CueFinder.EndOfSegment(text, words, last + 1);
        if (end + 1 >= words.Count || text.AsSpan(words[end].End, words[end + 1].Start - words[end].End).Trim() is not [','])
        {
            return null;
        }

        var phrase = text[words[last + 1].Start..words[end].End];
        return CueFinder.IsPastTense(words[last + 1]) || AttributionLexicon.DiscourseAsides.Contains(phrase) ? end : null;
    }

    // A word opening a clause that reports no figure by itself: a relative pronoun, a subordinator, a participle, an
    // expletive "there".
    private static bool OpensNoFigure(WordToken word) =>
        word.Lower is "who" or "which" or "whom" or "whose" or "that" or "there" or "not" or "compared"
        || AttributionLexicon.SubordinatingConjunctions.Contains(word.Lower)
        || (word.Lower.Length > 5 && word.Lower.EndsWith("ing", StringComparison.Ordinal));
}
