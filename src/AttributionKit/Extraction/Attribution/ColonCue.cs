namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A colon after a passage's subject as its cue ("Cruz called them on it: “…”", "Graham: Trump’s rhetoric is
/// hateful"): the subject, or a headline's name of a few capitalised words before the colon, says what follows it.
/// Not when another cue already spans or credits the colon, when a clause of its own stands before it (an explanation,
/// not speech, unless a quote follows), or when too few words follow (a tally, "Clinton: 2,316").
/// </summary>
internal static class ColonCue
{
    private const int MaxWordsPerListedName = 4;

    // Marks no list of names holds: quotes, a sentence's end inside, brackets.
    private static readonly System.Buffers.SearchValues<char> NameListBreakers = System.Buffers.SearchValues.Create("\"“”‘’?!;:()");
    // "Cruz called them on it: “…”", "Graham: Trump’s …": a colon after the sentence's subject introduces what they said.
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 1 <= words.Count; k++)
        {
            if (words[k].InQuote)
            {
                continue;
            }

            var gapEnd = k + 1 < words.Count ? words[k + 1].Start : frame.End;
            var colon = text.IndexOf(':', words[k].End, gapEnd - words[k].End);
            if (colon < 0 || (colon + 1 < frame.End && !char.IsWhiteSpace(text[colon + 1])))
            {
                continue;
            }

            if (AnySpans(found, colon))
            {
                return;
            }

            if (StartContentsAfter(text, words, found, k, colon))
            {
                return;
            }

            var subject = LastClauseSubject.Find(text, words, k + 1) ?? AfterPlace(text, words, SentenceSubject.Of(text, words, k + 1), k + 1) ?? HeadlineSpeaker(text, frame, words, k);
            if (subject is null || EndsWithLabel(text, subject.Value))
            {
                return;
            }

            var content = ContentBoundary.ContentFrom(text, frame, colon + 1);

            // "Manafort comes with the right calling card: He protected …": after a clause of its own, a colon
            // introduces an explanation; only a quote after it is the subject's words.
            var clauseBefore = text.AsSpan(subject.Value.End, colon - subject.Value.End).Trim();
            if (clauseBefore.Length > 0 && !(content is { } quoted && ContentBoundary.StartsWithQuote(text, quoted)))
            {
                return;
            }

            // "Clinton: 2,316" is a tally, not speech; "Rhimes: “…,” she said" is credited by its own cue.
            if (content is { } after && (text.AsSpan(after.Start, after.Length).Count(' ') < 2
                || AnyCreditsAfter(found, colon, after)))
            {
                return;
            }

            // "Contributing: Iris Ouyang, Thomas Vogel and Raquel Zaldivar", "Iowa: Tim Albrecht, Brad Anderson, …": a list
            // of names after a label credits or lists people; nobody says it.
            if (content is { } listed && IsNameList(text, listed))
            {
                return;
            }

            found.Add(new CueCandidate(new TextRange(colon, colon + 1), subject.Value, content, content is null));
            return;
        }
    }

    /// <summary>
    /// Whether <paramref name="range"/> is nothing but names set apart by commas (and a last "and"): each piece one to
    /// <see cref="MaxWordsPerListedName"/> capitalised words, with at least one comma ("Nicholas Zazulia, Medill News
    /// Service"). A headline in title case has a piece too long or a word in lower case ("Trump Would Put Liberals On
    /// Court, ‘I Fear …’").
    /// </summary>
    internal static bool IsNameList(string text, TextRange range)
    {
        var span = text.AsSpan(range.Start, range.Length).Trim().TrimEnd('.');
        if (span.IndexOf(',') < 0 || span.IndexOfAny(NameListBreakers) >= 0)
        {
            return false;
        }

        foreach (var piece in span.ToString().Split(','))
        {
            var names = piece.Trim();
            if (names.StartsWith("and ", StringComparison.Ordinal))
            {
                names = names[4..];
            }

            var count = 0;
            foreach (var word in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word == "and")
                {
                    count = 0;
                    continue;
                }

                if (!char.IsUpper(word[0]) || ++count > MaxWordsPerListedName)
                {
                    return false;
                }
            }

            if (count == 0)
            {
                return false;
            }
        }

        return true;
    }

    // "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated the attacks on
    // Twitter:", "At a conference in Aspen, Colo., the graduate ended her speech by quoting da Vinci:": a state's
    // abbreviation set off by commas closes the opening phrase's place; the subject is the one after it.
    private static TextRange? AfterPlace(string text, List<WordToken> words, TextRange? subject, int limit)
    {
        if (subject is not { } place)
        {
            return null;
        }

        var k = WordIndex.FirstAtOrAfter(words, place.Start);
        if (k + 1 >= limit || k == 0 || words[k].End != place.End || !NounPhrase.IsPlaceAbbreviation(words[k])
            || !text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().SequenceEqual(".,")
            || !text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().SequenceEqual(","))
        {
            return subject;
        }

        var rest = words.GetRange(k + 1, words.Count - k - 1);
        return SentenceSubject.Of(text, rest, limit - k - 1) is { } after && after.Start == rest[0].Start ? after : subject;
    }

    // "Editor’s Note: …", "The Latest: …", "Delegate Update: …": a phrase whose head is a label (colon-labels.txt) names a
    // kind of passage, not its speaker (colon-label-heads.txt).
    private static bool EndsWithLabel(string text, TextRange subject)
    {
        var span = text.AsSpan(subject.Start, subject.Length).TrimEnd();
        var space = span.LastIndexOf(' ');
        return AttributionLexicon.ColonLabelHeads.Contains(span[(space + 1)..].ToString());
    }

    // "Graham: Trump’s rhetoric is hateful", "Poll: Sanders leads": a name of up to four capitalised words opening
    // the passage, right before its colon, is who says what follows (a headline's way of quoting). Labels ("Update:",
    // "Watch:") are not speakers, and a lead-in that opens on its verb ("Continued Fisk:") is QuoteTagFinder's.
    private static TextRange? HeadlineSpeaker(string text, TextRange frame, List<WordToken> words, int last)
    {
        if (last > 3 || !CueFinder.IsSpaceOnly(text, frame.Start, words[0].Start) || AttributionLexicon.SentenceStarters.Contains(words[0].Text)
            || AttributionLexicon.ColonLabels.Contains(words[0].Text) || AttributionLexicon.MatchVerb(words, 0) > 0)
        {
            return null;
        }

        for (var k = 0; k <= last; k++)
        {
            if (words[k].InQuote || !words[k].IsCapitalized || (k > 0 && !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
                || words[k].IsPossessive)
            {
                return null;
            }
        }

        return new TextRange(words[0].Start, words[last].End);
    }

    // found.Any(c => c.Cue.Start < colon && (c.Content is null || c.Content.Value.Start > colon)), without a closure per word.
    private static bool AnySpans(List<CueCandidate> found, int colon)
    {
        foreach (var candidate in found)
        {
            if (candidate.Cue.Start < colon && (candidate.Content is null || candidate.Content.Value.Start > colon))
            {
                return true;
            }
        }

        return false;
    }

    // How many words may stand between a cue and the colon that closes its phrase ("said flatly:", "explained it this
    // way:", "offered a caveat:").
    private const int MaxWordsBeforeColon = 6;

    /// <summary>
    /// "The minority leader said flatly: “…”", "Singh explained it this way: “…”": a colon a few words after a cue whose
    /// content runs over it closes the cue's phrase when a quote follows; the content is the quote, and the colon is no
    /// cue of its own.
    /// Whether such a cue was found (its content moved past the colon).
    /// </summary>
    private static bool StartContentsAfter(string text, List<WordToken> words, List<CueCandidate> found, int beforeColon, int colon)
    {
        var moved = false;
        for (var i = 0; i < found.Count; i++)
        {
            // Only a cue of saying: a stance ("mocked the council online: “…”") leaves the quote to the colon.
            if (found[i].Content is not { } content || !found[i].AttributesQuotes || found[i].Cue.End > colon || content.Start > colon || content.End <= colon + 1)
            {
                continue;
            }

            var first = WordIndex.FirstAtOrAfter(words, content.Start);
            if (beforeColon - first + 1 > MaxWordsBeforeColon || words.Skip(first).Take(beforeColon - first + 1).Any(w => w.InQuote)
                || ContentBoundary.ContentFrom(text, new TextRange(colon + 1, content.End), colon + 1) is not { } after || !ContentBoundary.StartsWithQuote(text, after))
            {
                continue;
            }

            found[i] = found[i] with { Content = after };
            moved = true;
        }

        return moved;
    }

    // found.Any(c => c.Cue.Start > colon && c.Content is { } cc && cc.Start <= after.Start + 1 && cc.End > after.Start), likewise.
    private static bool AnyCreditsAfter(List<CueCandidate> found, int colon, TextRange after)
    {
        foreach (var candidate in found)
        {
            if (candidate.Cue.Start > colon && candidate.Content is { } content && content.Start <= after.Start + 1 && content.End > after.Start)
            {
                return true;
            }
        }

        return false;
    }
}
