namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Cues that report a question or a judgement without naming who holds it: a sentence opening on "Asked" ("Asked on Fox
/// News who leads, …", unless "by" names the asker) and "seems", "appears" or "is expected to" ("The bill seems
/// unlikely to pass", "The bill is expected to pass"), whose content runs from the subject to the clause's end. The cue
/// is its own source (<see cref="CueCandidate.IsSourceless"/>).
/// </summary>
internal static class SourcelessCue
{
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote)
            {
                continue;
            }

            if (w.Lower == "asked" && (k == 0 || (k == 1 && words[0].Lower is "when" or "if" or "once")) && k + 1 < words.Count)
            {
                var first = k + 1;
                TextRange? asker = null;
                if (words[first].Lower == "by" && SourceAfterCue.Find(text, words, first + 1) is { } by)
                {
                    asker = by;
                    first = WordIndex.FirstAtOrAfter(words, by.End);
                }

                // "Asked on Fox News who leads", "Asked at a briefing Monday about …": a short adverbial may come first.
                var question = first;
                while (question < words.Count && question - first < 8 && !words[question].InQuote
                    && words[question].Lower is not ("if" or "whether" or "about" or "what" or "how" or "why" or "who" or "whom" or "which" or "when" or "to")
                    && (question == first || !CueFinder.HasPunctuation(text, words[question - 1].End, words[question].Start)))
                {
                    question++;
                }

                if (question > first && question < words.Count && !CueFinder.HasPunctuation(text, words[question - 1].End, words[question].Start))
                {
                    first = question;
                }

                if (first >= words.Count || words[first].InQuote || words[first].Lower is not ("if" or "whether" or "about" or "what" or "how" or "why" or "who" or "whom" or "which" or "when" or "to"))
                {
                    continue;
                }

                var comma = text.IndexOf(',', words[first].Start, frame.End - words[first].Start);
                var end = comma < 0 ? CueFinder.TrimEnd(text, words[first].Start, frame.End) : comma;
                if (end - words[first].Start < 4)
                {
                    continue;
                }

                var content = new TextRange(words[first].Start, end);
                var cue = new TextRange(words[k].Start, words[k].End);
                found.Add(asker is { } a ? new CueCandidate(cue, a, content, false) : new CueCandidate(cue, cue, content, false) { IsSourceless = true });
                continue;
            }

            var seems = w.Lower is "seem" or "seems" or "seemed" or "appear" or "appears" or "appeared";
            var expected = w.Lower == "expected" && k > 0 && words[k - 1].Lower is "is" or "are" or "was" or "were" or "not" or "be" or "been" or "widely";
            if ((!seems && !expected) || k + 1 >= words.Count || k == 0 || words[k + 1].InQuote)
            {
                continue;
            }

            var next = words[k + 1].Lower;
            // "appeared on CNN", "appeared in court": appearing somewhere is no judgement; "seems unlikely", "appears to be".
            var gapAfter = text.AsSpan(w.End, words[k + 1].Start - w.End);
            if (expected ? next != "to" : (words[k + 1].IsCapitalized || !CueFinder.IsSpaceOnly(text, w.End, words[k + 1].Start) || gapAfter.Contains('\n')
                || next is "on" or "in" or "at" or "before" or "with" or "alongside" or "together" or "onstage" or "briefly" or "live" or "during"
                    or "from" or "for" or "after" or "and" or "or" or "but" or "that" or "this" or "the" or "a" or "an" or "his" or "her" or "their"))
            {
                continue;
            }

            // The content runs from the subject to the end of the clause.
            var start = SubjectStartBefore(text, words, k);
            var clauseEnd = CueFinder.TrimEnd(text, words[k + 1].Start, frame.End);
            var semicolon = text.IndexOf(';', words[k + 1].Start, clauseEnd - words[k + 1].Start);
            if (semicolon > 0)
            {
                clauseEnd = semicolon;
            }

            var cueRange = new TextRange(words[k].Start, words[k].End);
            if (expected)
            {
                // "The bill is expected to pass": the subject is what is expected, not who expects it.
                for (var i = found.Count - 1; i >= 0; i--)
                {
                    if (found[i].Cue.Overlaps(cueRange))
                    {
                        found.RemoveAt(i);
                    }
                }
            }

            if (start < clauseEnd && !CueFinder.AnyCueOverlaps(found, cueRange))
            {
                found.Add(new CueCandidate(cueRange, cueRange, new TextRange(start, clauseEnd), false) { IsSourceless = true });
            }
        }
    }

    // Where the subject of the verb at index verb starts: the noun phrase right before it (after auxiliaries), or the verb.
    private static int SubjectStartBefore(string text, List<WordToken> words, int verb)
    {
        var last = verb - 1;
        while (last >= 0 && !words[last].InQuote && CueFinder.IsModifier(words[last]) && CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
        {
            last--;
        }

        if (last < 0 || words[last].InQuote || !CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
        {
            return words[verb].Start;
        }

        var first = NounPhrase.Start(text, words, last);
        return first >= 0 ? words[first].Start : words[verb].Start;
    }
}
