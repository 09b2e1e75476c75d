namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where a cue's content begins and ends: the words after or before a cue within the passage, the end of its clause,
/// the end of its sentence in a passage merged around a quote, and the boundary before the next attribution's clause,
/// so that each attribution keeps its own words; with the tests of quote marks and gaps next to a content.
/// </summary>
internal static class ContentBoundary
{
    // "Lee said it was “rigged.” Reeve went on to rebut …": a passage merged around a quote may hold a later sentence;
    // what a cue reports after it ends with the cue's own sentence.
    internal static void EndAtSentence(string text, List<WordToken> words, List<CueCandidate> found)
    {
        // Most passages are one sentence; the others hold a few starts, looked up instead of every word per cue.
        var starts = words.Where(w => w.OpensSentence).Select(w => w.Start).ToList();
        if (starts.Count == 0)
        {
            return;
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Content is not { } content)
            {
                continue;
            }

            var cue = found[i].Cue;
            if (content.Start < cue.Start && content.End > cue.End)
            {
                // "Lee said, “A.” He added, “B.”": content around a cue that reaches back past its own sentence keeps
                // only what follows the cue.
                if (!starts.Exists(at => at > content.Start && at <= cue.Start))
                {
                    continue;
                }

                var start = cue.End;
                while (start < content.End && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':'))
                {
                    start++;
                }

                if (start < content.End)
                {
                    content = new TextRange(start, content.End);
                    found[i] = found[i] with { Content = content };
                }
            }

            if (content.Start < cue.End)
            {
                continue;
            }

            var next = starts.FindIndex(at => at > content.Start && at < content.End);
            if (next < 0)
            {
                continue;
            }

            var end = starts[next];
            while (end > content.Start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > content.Start && text[end - 1] is '.' or '!' or '?' or ';')
            {
                end--;
            }

            if (end > content.Start)
            {
                found[i] = found[i] with { Content = new TextRange(content.Start, end) };
            }
        }
    }

    // "According to the Gazette, Holt praised the donors, and she asked …": the clauses after a credit set before its
    // sentence are no attributions of their own that end its content.
    private static bool IsPreposedCredit(CueCandidate candidate, TextRange content) =>
        !candidate.IsSourceless && !candidate.IsLeadIn && PreposedCredit.Credits(candidate.Cue, candidate.Source, content);

    // How far into a content the next attribution's cue is looked for: a clause of reported speech is far shorter.
    private const int NextClauseReach = 2_000;

    /// <summary>
    /// A content that runs on after its cue stops where the next attribution's clause begins after a clause boundary
    /// ("Lee thanked the crowd and said …", "X said A, adding that B", "X wants A, but Y says B"), so each attribution
    /// keeps its own words. A reporting clause inside the content ("X said Y wants Z") has no boundary and stays in.
    /// </summary>
    internal static void EndAtNextClause(string text, List<CueCandidate> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        // The candidates in the order of their cues, so each content looks only at the cues after its own and within
        // reach: comparing every pair made a run-on sentence of thousands of cues quadratic.
        var byCue = found.OrderBy(d => d.Cue.Start).ToList();
        var cueStarts = byCue.Select(d => d.Cue.Start).ToArray();
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Content is not { } content || content.Start < c.Cue.End || StartsWithQuote(text, content) || IsPreposedCredit(c, content))
            {
                continue;
            }

            var cut = int.MaxValue;
            var first = Array.BinarySearch(cueStarts, c.Cue.End + 1);
            first = first < 0 ? ~first : first;
            while (first > 0 && cueStarts[first - 1] > c.Cue.End)
            {
                first--;
            }

            for (var j = first; j < byCue.Count && cueStarts[j] < content.Start + NextClauseReach; j++)
            {
                var d = byCue[j];
                if (ReferenceEquals(d, c) || d.Cue.Start <= c.Cue.End)
                {
                    continue;
                }

                // A source borrowed from before ("Lee thanked them and said …") leaves the clause starting at its cue.
                var clauseStart = d.IsSourceless ? Math.Min(d.Cue.Start, d.Content?.Start ?? d.Cue.Start)
                    : d.Source.Start < c.Cue.End ? d.Cue.Start : Math.Min(d.Source.Start, d.Cue.Start);
                if (clauseStart <= content.Start + 1 || clauseStart >= content.End || clauseStart >= cut)
                {
                    continue;
                }

                if (!d.IsSourceless && d.Source.Start > c.Cue.End && text.AsSpan(d.Source.Start, d.Source.Length) is "who" or "which" or "that")
                {
                    continue;
                }

                // "said she was tired of the delays and wanted a new ferry": the wish goes on with the reported clause.
                // "said they still have time to step up and show …": a bare verb goes on with the reported clause's infinitive.
                // "The survey found that the toll is the worst problem: 42% of drivers say …": a figure after a colon spells out
                // the finding and goes on with it.
                if (ReportedClauseAttitude.GoesOn(text, c.Cue, d.Cue) || ReportedClauseBaseVerb.GoesOn(text, c, d, found)
                    || ColonFigureElaboration.GoesOn(text, c, d, clauseStart))
                {
                    continue;
                }

                if (BoundaryBefore(text, content.Start, clauseStart) is { } end)
                {
                    cut = end;
                }
            }

            // "Lee has said that while he fears …, “…”": a clause opened right after the complementizer is a subordinate
            // clause of what was said, not a clause joined to it; cutting there would leave the bare "that".
            if (cut != int.MaxValue && cut - content.Start >= 4 && text.AsSpan(content.Start, cut - content.Start).Trim() is var kept
                && !IsComplementizer(kept) && !IsOpeningPhraseOfClause(kept) && !ReportedClauseOpening.EndsWithOpening(kept, text.AsSpan(cut, content.End - cut))
                && !IsSpokenFiller(kept))
            {
                found[i] = c with { Content = new TextRange(content.Start, cut) };
            }
        }
    }

    // How many words a phrase opening the reported clause after its complementizer may hold ("that in private").
    private const int MaxOpeningPhraseWords = 3;

    // "told reporters that in private, Vale has shown …", "said that for one, there was …", "said, if elected, she
    // would …": a short phrase after the complementizer, opened by a preposition ("in private", "for one", "after
    // taxes"), or a bare participle after "if", "when" or "once" ("if elected"), opens the reported clause and is set
    // off by its comma; the clause after the comma is still what was said.
    private static bool IsOpeningPhraseOfClause(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Length > MaxOpeningPhraseWords + 1 || parts.Any(p => !p.All(ch => char.IsLetter(ch) || ch == '-')))
        {
            return false;
        }

        var opener = parts[0].ToLowerInvariant();
        if (opener is "that" or "whether")
        {
            return AttributionLexicon.SubjectPrepositions.Contains(parts[1]) && parts[1] is not ("and" or "to" or "like" or "of");
        }

        return opener is "if" or "when" or "once" && parts.Length == 2 && parts[1].EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // "HOLT: Well, I think the pier is safe", "VALE: Honestly, I mean, I just believe …": a turn that opens with a filler
    // (spoken-fillers.txt) says nothing before its comma; the reporting clause after it is part of what was said, not a
    // clause beside it. "and", "but", "so" and "I mean" join a filler ("And obviously, …") but are none on their own.
    private static bool IsSpokenFiller(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(AttributionLexicon.SpokenFillers.Contains)
            && parts.All(p => AttributionLexicon.SpokenFillers.Contains(p) || p.ToLowerInvariant() is "and" or "but" or "so" or "i" or "mean");
    }

    private static bool IsComplementizer(ReadOnlySpan<char> words) =>
        words is "that" or "whether" or "if" or "how" or "why";

    // Where the words before offset at end a clause: before a comma, semicolon or dash, or before a conjunction
    // ("and", "but", "while") that joins the next clause; null when the next clause runs straight on.
    private static int? BoundaryBefore(string text, int start, int at)
    {
        var e = at;
        while (e > start && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        var wordStart = e;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var connector = text.AsSpan(wordStart, e - wordStart);
        var joined = connector is "and" or "but" or "while" or "whereas" or "although" or "though" or "because" or "as" or "yet" or "so";
        if (joined)
        {
            e = wordStart;
            while (e > start && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
        }

        if (e <= start)
        {
            return null;
        }

        var mark = text[e - 1];
        if (mark is ',' or ';' or '—' or '–' or ':')
        {
            e--;
            while (e > start && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            return e;
        }

        // "Holt said the survey is wrong because it only counts the piers", "… just so their crews can rest": a clause of
        // reason or purpose joined without a comma belongs to what was said, even when it holds a cue of its own. So does
        // an example after "such as" ("said only skippers such as Holt want it"), which opens no clause.
        var opensExample = connector is "as" && e > start && text.AsSpan(start, e - start).TrimEnd().EndsWith(" such", StringComparison.OrdinalIgnoreCase);
        return joined && connector is not ("because" or "so") && !opensExample && !PairedPhrase.Joins(text.AsSpan(start, e - start), connector) ? e : null;
    }

    // The end of the clause that starts at start: the next comma, semicolon or dash outside quotes, or the passage's end.
    internal static int ClauseEnd(string text, int start, int end)
    {
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“' or '”' or '"')
            {
                quoted = c == '“' || (c == '"' && !quoted);
                continue;
            }

            if (!quoted && (c is ';' or '—' or '–' || (c == ',' && i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
            {
                return TrimEnd(text, start, i);
            }
        }

        return TrimEnd(text, start, end);
    }

    // "“…,”" / "''…,''": the content ends on closing marks with a comma just inside them.
    internal static bool CommaInsideClosingMark(string text, TextRange content)
    {
        var e = content.End;
        while (e > content.Start + 1 && CueFinder.IsClosingMark(text[e - 1]))
        {
            e--;
        }

        return e < content.End && e > content.Start + 1 && text[e - 1] == ',';
    }

    // Whether only a sentence's closing mark (or the passage's end) follows position i.
    internal static bool EndsSentence(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i >= end || text[i] is '.' or '!' or '?';
    }

    internal static TextRange? ContentFrom(string text, TextRange frame, int start)
    {
        var s = start;
        while (s < frame.End && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ':' or '—' or '–'))
        {
            s++;
        }

        var e = TrimEnd(text, s, frame.End);
        return e - s >= 2 ? new TextRange(s, e) : null;
    }

    internal static TextRange? ContentBefore(string text, TextRange frame, int end)
    {
        var e = end;
        while (e > frame.Start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or '—' or '–'))
        {
            e--;
        }

        var s = frame.Start;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        return e - s >= 2 ? new TextRange(s, e) : null;
    }

    internal static int TrimEnd(string text, int start, int end)
    {
        var e = end;
        while (e > start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ';' or ','))
        {
            e--;
        }

        return e;
    }

    // After an inverted speaker ("said Peskov") only the passage's end, a quote or an appositive may follow.
    internal static bool EndsPassage(string text, int start, int end)
    {
        var rest = text.AsSpan(start, end - start).TrimStart();
        return rest.IsEmpty || rest[0] is '.' or '!' or '?' or ':' or ';' || rest.StartsWith("which ") || rest.StartsWith("who ") || rest.StartsWith("whose ")
            || (rest[0] == ',' && rest[1..].TrimStart() is { Length: > 0 } after && (QuoteMarks.IsQuoteMark(after[0]) || after.StartsWith("who") || after.StartsWith("a ") || after.StartsWith("the ")
                || after.StartsWith("but ") || after.StartsWith("and ") || after.StartsWith("though ") || after.StartsWith("while ")));
    }

    internal static bool EndsWithClosingQuote(string text, TextRange range) =>
        range.Length > 0 && text[range.End - 1] is '”' or '"' or '’' or '\'' or '»' or '“';

    internal static bool StartsWithQuote(string text, TextRange range) =>
        range.Length > 0 && text[range.Start] is '“' or '"' or '‘' or '\'' or '«' or '„';

    internal static bool HasQuoteAfter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '“' or '"' or '«' or '„' or '‘')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or ':'))
            {
                return false;
            }
        }

        return false;
    }

    internal static bool QuoteAdjacent(string text, int quoteEnd, int next) => IsGapOf(text.AsSpan(quoteEnd, next - quoteEnd));

    internal static bool CommaAdjacent(string text, int contentEnd, int next)
    {
        var gap = text.AsSpan(contentEnd, next - contentEnd);
        return gap.Contains(',') && IsGapOf(gap);
    }

    // Only spaces (a no-break space too), commas and dashes.
    internal static bool IsGapOf(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not (',' or '—' or '–'))
            {
                return false;
            }
        }

        return true;
    }
}
