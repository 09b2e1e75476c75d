namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit in a prepositional phrase, "according to X" or "as reported by X", before or after what it credits: its
/// source (with a describing appositive) and the clause it vouches for.
/// </summary>
internal static class PrepositionalCredit
{
    private const int MaxPreposedSourceWords = 20;

    // "According to X, content." / "content, according to X." / "As reported by X, content."
    internal static CueCandidate? Preposed(string text, TextRange frame, List<WordToken> words, int cueStart, int npStart)
    {
        if (npStart >= words.Count || words[npStart].InQuote)
        {
            return null;
        }

        // "according to early results of exit polls conducted for the networks by Edison Research": a source after
        // the preposition runs to the next punctuation, longer than a subject can; "a CNN/WMUR poll" is one phrase.
        var npEnd = npStart;
        while (npEnd + 1 < words.Count && npEnd + 1 - npStart < MaxPreposedSourceWords && !words[npEnd + 1].InQuote
            && (!CueFinder.HasPunctuation(text, words[npEnd].End, words[npEnd + 1].Start) || text.AsSpan(words[npEnd].End, words[npEnd + 1].Start - words[npEnd].End) is "/"))
        {
            npEnd++;
        }

        var cue = new TextRange(words[cueStart].Start, words[npStart - 1].End);
        var source = new TextRange(words[npStart].Start, words[npEnd].End);

        // "In addition, according to …", "But, according to …": a connective before the cue leaves it opening its sentence.
        var afterConnective = words[cueStart].Lower == "according" && ContentBoundary.ContentBefore(text, frame, words[cueStart].Start) is { } connective
            && ContentBoundary.CommaAdjacent(text, connective.End, words[cueStart].Start) && IsConnective(text, words, connective);
        // "While most were elevated to the “confidential” level, according to an official, two were upgraded …": after
        // a subordinate clause opening the sentence the main clause, which follows the source, is what it credits.
        var afterSubordinate = words[cueStart].Lower == "according" && ContentBoundary.ContentBefore(text, frame, words[cueStart].Start) is { } subordinate
            && ContentBoundary.CommaAdjacent(text, subordinate.End, words[cueStart].Start) && OpensWithSubordinator(text, subordinate);
        var opensSentence = afterConnective || afterSubordinate || CueFinder.IsSpaceOnly(text, frame.Start, words[cueStart].Start);

        // "According to Ann Lee, the port's director, the harbour …": an appositive set off by commas belongs to the source.
        // "According to a harbour timeline, the pilots left for the pier", "According to The Gazette, an email was sent …":
        // words that hold a verb of their own are the clause credited, not a description of the source.
        if (npEnd + 2 < words.Count && !words[npEnd + 1].InQuote && text.AsSpan(words[npEnd].End, words[npEnd + 1].Start - words[npEnd].End).Trim() is [',']
            && SpeakerDescription.OpensDescription(text, words, npEnd + 1) && CueFinder.EndOfSegment(text, words, npEnd + 1) is var appositiveEnd && !HoldsVerb(words, npEnd + 1, appositiveEnd))
        {
            if (appositiveEnd + 1 < words.Count && appositiveEnd - npEnd <= 10 && !words[appositiveEnd + 1].InQuote
                && text.AsSpan(words[appositiveEnd].End, words[appositiveEnd + 1].Start - words[appositiveEnd].End).Trim() is [',']
                && opensSentence)
            {
                var comma = text.IndexOf(',', words[appositiveEnd].End);
                source = new TextRange(words[npStart].Start, comma + 1);
                npEnd = appositiveEnd;
            }
            else if (!opensSentence && ClosingPlaceEnd(text, words, appositiveEnd, frame.End) is var closingEnd
                && (closingEnd - npEnd <= 10 || (closingEnd - npEnd <= MaxClosingAppositiveWords && words[npEnd + 1].Lower is "a" or "an" or "the"))
                && text.AsSpan(words[closingEnd].End, frame.End - words[closingEnd].End).Trim() is "" or "." or "!" or "?")
            {
                appositiveEnd = closingEnd;
                // "…, according to Ann Lee, a lawyer in Troy.": an appositive closed by the sentence's end belongs to
                // the source too, without the full stop.
                source = new TextRange(words[npStart].Start, words[appositiveEnd].End);
                npEnd = appositiveEnd;
            }
        }

        // "“…,” according to X": the comma may stand inside the closing quote mark.
        var before = ContentBoundary.ContentBefore(text, frame, words[cueStart].Start);
        if (before is { } open && text.AsSpan(open.Start, open.Length).LastIndexOf('(') is var bracket and >= 0
            && text.AsSpan(open.Start + bracket, open.Length - bracket).IndexOf(')') < 0 && open.End - (open.Start + bracket + 1) >= 2)
        {
            // "(the number is closer to 15 percent, according to X)": a cue inside brackets credits what they hold.
            before = new TextRange(open.Start + bracket + 1, open.End);
        }

        if (before is { } b && (ContentBoundary.CommaAdjacent(text, b.End, words[cueStart].Start)
            || (ContentBoundary.CommaInsideClosingMark(text, b) && ContentBoundary.IsGapOf(text.AsSpan(b.End, words[cueStart].Start - b.End)))))
        {
            // "In addition, according to the department, nine million …", "But, according to the poll, 46 percent …":
            // a connective or an opening subordinate clause before the cue is no content; what follows the source is.
            if ((afterConnective || afterSubordinate)
                && ContentBoundary.ContentFrom(text, frame, source.End) is { } following && text.AsSpan(source.End, following.Start - source.End).Trim() is [','])
            {
                return new CueCandidate(cue, source, following, false);
            }

            // Quoted words before the cue keep the whole stretch, so that they keep the speaker it names.
            var quoted = text.AsSpan(b.Start, b.Length).IndexOfAny("“”\"") >= 0;

            // "Other major cleavages, according to the poll, are …", "His criticism, according to Holt, was the cost": a
            // credit set off between a subject and its verb interrupts one clause, which PolNeAR annotates on both sides.
            if (words[cueStart].Lower == "according" && !opensSentence && !quoted && InterruptsSubject(text, frame, source) is { } predicate)
            {
                return new CueCandidate(cue, source, b.Union(predicate), false);
            }

            return new CueCandidate(cue, source, words[cueStart].Lower == "according" && !quoted ? LastClause(text, words, b) : b, false);
        }

        var after = npEnd + 1 < words.Count || ContentBoundary.HasQuoteAfter(text, source.End, frame.End) ? ContentBoundary.ContentFrom(text, frame, source.End) : null;
        if (before is { } clause && words[cueStart].Lower == "according" && (after is null || OpensNextClause(text, after.Value)))
        {
            // "Clinton leads by 271 delegates according to an AP count, but Sanders …": what follows opens a clause of
            // its own; the figures before the cue are what it credits.
            return new CueCandidate(cue, source, clause, false);
        }

        return after is null ? null : new CueCandidate(cue, source, after, false);
    }

    // The clause after a source closed by a comma when it opens on an auxiliary ("…, according to the poll, are …"):
    // the verb whose subject stands before the credit. Null when a quote follows, which its own rules credit.
    private static TextRange? InterruptsSubject(string text, TextRange frame, TextRange source)
    {
        if (ContentBoundary.ContentFrom(text, frame, source.End) is not { } predicate || text.AsSpan(source.End, predicate.Start - source.End).Trim() is not [','])
        {
            return null;
        }

        var span = text.AsSpan(predicate.Start, predicate.Length);
        var space = span.IndexOf(' ');
        return space > 0 && AttributionLexicon.AuxiliaryVerbs.Contains(span[..space].ToString()) && char.IsLower(span[0])
            && span.IndexOfAny("“”\"") < 0 ? predicate : null;
    }

    // "While …", "Although …", "If …": the words are one subordinate clause, opened by its conjunction
    // (subordinating-conjunctions.txt) and closed by the cue (no comma inside: "When …, it can be …" already holds its
    // main clause).
    private static bool OpensWithSubordinator(string text, TextRange range)
    {
        var span = text.AsSpan(range.Start, range.Length);
        var space = span.IndexOf(' ');
        return space > 0 && char.IsUpper(span[0]) && AttributionLexicon.SubordinatingConjunctions.Contains(span[..space].ToString())
            && span.IndexOfAny(",;") < 0;
    }

    // "In addition", "But", "Still, though": at most three words with no verb, which join the sentence to the one before.
    private static bool IsConnective(string text, List<WordToken> words, TextRange range)
    {
        var inside = words.Where(w => w.Start >= range.Start && w.End <= range.End).ToList();
        return inside.Count is >= 1 and <= 3 && inside.All(w => !w.InQuote && !w.Text.Any(char.IsDigit))
            && Enumerable.Range(1, inside.Count - 1).All(i => !CueFinder.HasPunctuation(text, inside[i - 1].End, inside[i].Start))
            && inside[0].Lower is "but" or "and" or "yet" or "still" or "so" or "in" or "also" or "however" or "meanwhile" or "moreover" or "overall" or "now" or "instead" or "indeed" or "further" or "furthermore" or "additionally" or "thus" or "then";
    }

    /// <summary>
    /// The last clause of what stands before "according to": "Mook was holding a meeting and told aides that …,
    /// according to someone there" credits only the clause next to the cue when the sentence joins clauses of its own
    /// with ", and"/", but" and a subject, a relative "which"/"who" after a comma (kept), or opens with a subordinate
    /// clause ("Despite Will’s call, he still leads …"). PolNeAR annotates the clause the source vouches for.
    /// </summary>
    private static TextRange LastClause(string text, List<WordToken> words, TextRange content)
    {
        var first = WordIndex.FirstAtOrAfter(words, content.Start);
        var start = content.Start;
        for (var k = first + 1; k < words.Count && words[k].End <= content.End; k++)
        {
            if (words[k].InQuote || words[k - 1].InQuote)
            {
                continue;
            }

            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
            if (gap is not [','] || k + 2 >= words.Count || words[k + 1].End > content.End)
            {
                continue;
            }

            var lower = words[k].Lower;
            if (lower is "which" or "who")
            {
                start = words[k].Start;
            }
            else if (lower is "and" or "but" && (AttributionLexicon.Pronouns.Contains(words[k + 1].Text) || words[k + 1].IsCapitalized
                || AttributionLexicon.GroupDeterminers.Contains(words[k + 1].Text) || CueFinder.IsPastTense(words[k + 1]) || CueFinder.IsIrregularPast(words[k + 1])))
            {
                // "…, and he will be part of …", "…, and won more than 77 percent …": the clause after the conjunction.
                start = words[k + 1].Start;
            }
            else if (start == content.Start && AttributionLexicon.SubordinatingConjunctions.Contains(words[first].Text) && words[first].IsCapitalized
                && (AttributionLexicon.Pronouns.Contains(words[k].Text) || words[k].IsCapitalized || AttributionLexicon.PhraseOpeners.Contains(words[k].Text)))
            {
                // "Despite Will’s call to abandon Trump, he still remains …": the main clause after the opening one.
                start = words[k].Start;
            }
        }

        return start - content.Start >= 0 && content.End - start >= 2 ? new TextRange(start, content.End) : content;
    }

    // Whether the range opens with a conjunction that starts a clause of its own ("but the senator has vowed …").
    private static bool OpensNextClause(string text, TextRange range)
    {
        var span = text.AsSpan(range.Start, range.Length);
        var space = span.IndexOf(' ');
        var first = space < 0 ? span : span[..space];
        return first is "but" or "and" or "while" or "although" or "though" or "yet" or "so" or "whereas" or "which" or "where";
    }

    // How many words a description closing the sentence after "according to" may run to ("…, according to Ann Lee, a
    // harbour pollster who ran the Gazette-Herald survey with the pier pilot Dana Holt."): with nothing after it in the
    // sentence it cannot be the clause credited, so it may be longer than one opening the sentence when an article opens
    // it (a long relative clause straight after the name, "…, according to Ann Lee, who …", is often left out of the source).
    private const int MaxClosingAppositiveWords = 16;

    // "…, according to a report from WKBO, the radio station in Troy, Ohio.": the place after a town closes the
    // description; the last word of that place when one or two capitalised words close the sentence after a comma,
    // otherwise k itself.
    private static int ClosingPlaceEnd(string text, List<WordToken> words, int k, int frameEnd)
    {
        var next = k + 1;
        if (next >= words.Count || words[next].Start >= frameEnd || words[next].InQuote || !words[next].IsCapitalized
            || text.AsSpan(words[k].End, words[next].Start - words[k].End).Trim() is not [','])
        {
            return k;
        }

        var end = CueFinder.EndOfSegment(text, words, next);
        return end - next < 2 && words.Skip(next).Take(end - next + 1).All(w => w.IsCapitalized && !w.InQuote) ? end : k;
    }

    // Whether words[first..last], up to a relative pronoun ("a group that tracks donations" describes), hold an auxiliary
    // or a verb in the irregular past ("the pilots left for the pier", "an email was sent"): a clause, not a description.
    private static bool HoldsVerb(List<WordToken> words, int first, int last)
    {
        for (var k = first; k <= last && k < words.Count; k++)
        {
            if (words[k].Lower is "who" or "which" or "whose" or "that" or "whom")
            {
                return false;
            }

            if (!words[k].InQuote && !words[k].IsCapitalized && (AttributionLexicon.AuxiliaryVerbs.Contains(words[k].Text) || CueFinder.IsIrregularPast(words[k])))
            {
                return true;
            }
        }

        return false;
    }
}
