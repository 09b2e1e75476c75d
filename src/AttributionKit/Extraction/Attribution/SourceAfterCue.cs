namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The source phrase that follows its cue ("said Newt Gingrich, the former House speaker.", "according to Sen. Chris
/// Murphy (D-Conn.)", "said a longtime adviser to Trump", "said Ann Lee, 55, of Brigantine, in a note"): the name or
/// noun phrase after the cue with the appositives that describe it, up to the sentence's end or the comma closing them,
/// as the annotated corpora mark a source in this inverted order.
/// </summary>
internal static class SourceAfterCue
{
    /// <summary>
    /// The source that starts at word <paramref name="first"/>, right after its cue, or null; with
    /// <paramref name="closingPhrase"/>, a phrase closing the sentence after a lower-case head is the source's too; with
    /// <paramref name="joinCoordinated"/>, so is a second phrase joined by "and" that closes the sentence.
    /// </summary>
    internal static TextRange? Find(string text, List<WordToken> words, int first, bool closingPhrase = false, bool joinCoordinated = true)
    {
        if (first >= words.Count || words[first].InQuote || (!words[first].IsCapitalized && AttributionLexicon.ClauseOpeners.Contains(words[first].Text))
            || words[first].Lower == "of")
        {
            return null;
        }

        if (AttributionLexicon.Pronouns.Contains(words[first].Text))
        {
            return words[first].Range;
        }

        // "said Mr. Burman (a view echoed by everyone I interviewed)": a bracket opening in lower case is an aside on
        // what was said, not a party tag of the name ("(D-Conn.)"); the source stops before it.
        var last = PhraseEnd(text, words, first, first);

        // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.", "was projected by
        // networks and the Associated Press.": a second phrase joined by "and" that closes the sentence is the source's too.
        // An appositive after the pair is taken only when it closes the sentence ("said lobbyist and strategist Ann Lee,
        // the firm's partner."); otherwise the pair alone is the source ("by the networks and the AP, went to Holt").
        if (joinCoordinated && CoordinatedPhraseEnd(text, words, first, last) is { } coordinated)
        {
            var pair = new TextRange(words[first].Start, words[coordinated].End);
            var described = WithTrailingAppositive(text, words, pair);
            return described.End > pair.End && coordinated + 1 < words.Count
                && (words[coordinated + 1].IsCapitalized || words[coordinated + 1].Lower is "a" or "an" or "the") && SpeakerDescription.OpensTrailingAppositive(words, coordinated + 1)
                && text.AsSpan(described.End).TrimStart() is var rest && (rest.IsEmpty || rest[0] is '.' or '\n') ? described : pair;
        }

        // "wrote Nora Vale, Dana Holt and Tom Lane.": full names set off by commas, the last after "and", closing the
        // sentence are all the source.
        if (joinCoordinated && NameListEnd(text, words, first, last) is { } listEnd)
        {
            return new TextRange(words[first].Start, words[listEnd].End);
        }

        // "said Sen. Chris Murphy (D-Conn.).": the closing bracket of a party tag belongs to the name.
        var bracket = words[last].End;
        while (bracket < text.Length && bracket - words[last].End < 2 && text[bracket] == '.')
        {
            bracket++;
        }

        var closesBracket = bracket < text.Length && text[bracket] == ')' && text.LastIndexOf('(', words[last].Start) > words[first].Start;

        // "said a longtime GOP data expert who has worked for …": a relative clause without a comma restricts the head and
        // belongs to the source up to the clause's end.
        if (last > first && words[last].Lower == "who" && closingPhrase)
        {
            return NounPhrase.CanNameSource(words, first, last - 1) ? new TextRange(words[first].Start, words[CueFinder.EndOfSegment(text, words, last)].End) : null;
        }

        if (!NounPhrase.CanNameSource(words, first, last))
        {
            return null;
        }

        // "said a longtime adviser to Trump.": a phrase closing the sentence after a lower-case head is the speaker's.
        var phraseLast = closingPhrase ? SourcePhrase.WithPrepositionalPhrase(text, words, last + 1) - 1 : last;
        if (phraseLast > last)
        {
            return WithTrailingAppositive(text, words, new TextRange(words[first].Start, words[phraseLast].End));
        }

        // "said Newt Gingrich, the former House speaker.": the appositive belongs to the speaker.
        var end = closesBracket ? bracket + 1 : words[last].End;
        return WithTrailingAppositive(text, words, new TextRange(words[first].Start, end));
    }

    // The last word of the noun phrase that runs on from word k, the phrase having opened at word first: no punctuation
    // ("said Mr. Burman (a view echoed by …)": no bracket opening in lower case), no clause opener, no verb.
    private static int PhraseEnd(string text, List<WordToken> words, int first, int k)
    {
        var last = k;
        while (last + 1 < words.Count && last + 1 - first < CueFinder.MaxSourceWords && !words[last + 1].InQuote
            && NounPhrase.IsNounGap(text, words[last].End, words[last + 1].Start)
            && !(text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Contains('(') && !words[last + 1].IsCapitalized)
            && (words[last + 1].IsCapitalized || !AttributionLexicon.ClauseOpeners.Contains(words[last + 1].Text) || NounPhrase.TiesSource(words, last + 1))
            && AttributionLexicon.MatchVerb(words, last + 1) == 0)
        {
            last++;
        }

        return last;
    }

    // The last word of a list of full names after the name words[first..last] ("Nora Vale, Dana Holt and Tom Lane."): each
    // of two or three capitalised words with no title or role among them, set off by commas, the last after "and" (with
    // or without a comma before it), the list closing the sentence; null otherwise ("said Nora Vale, Bath's mayor").
    private static int? NameListEnd(string text, List<WordToken> words, int first, int last)
    {
        if (!IsFullName(words, first, last))
        {
            return null;
        }

        var k = last;
        var items = 1;
        while (k + 1 < words.Count && items < 8)
        {
            // A comma before the next name, "and" before the last one ("Dana Holt and Tom Lane"), or both (", and Tom Lane").
            var gap = text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim();
            var next = k + 1;
            var final = words[next].Lower == "and" && !words[next].InQuote && next + 1 < words.Count && CueFinder.IsSpaceOnly(text, words[next].End, words[next + 1].Start);
            if (!(gap is "," || (gap.IsEmpty && final)))
            {
                return null;
            }

            if (final)
            {
                next++;
            }

            var end = next;
            while (end + 1 < words.Count && end - next < 2 && words[end + 1].IsCapitalized && !words[end + 1].InQuote && CueFinder.IsSpaceOnly(text, words[end].End, words[end + 1].Start))
            {
                end++;
            }

            if (!IsFullName(words, next, end))
            {
                return null;
            }

            items++;
            k = end;
            if (final)
            {
                var after = k + 1 < words.Count ? text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim() : text.AsSpan(words[k].End).Trim();
                return items >= 3 && (after.IsEmpty || after[0] is '.') ? k : null;
            }
        }

        return null;
    }

    // Two or three capitalised words naming a person, with no title, role or possessive among them.
    private static bool IsFullName(List<WordToken> words, int first, int last) =>
        last - first is 1 or 2 && Enumerable.Range(first, last - first + 1).All(i => words[i].IsCapitalized && !words[i].InQuote && !words[i].IsPossessive
            && !SpeakerNameParser.IsTitleWord(words[i].Text) && !AttributionLexicon.Roles.Contains(words[i].Text) && !AttributionLexicon.SentenceStarters.Contains(words[i].Text));

    // The last word of a phrase joined to words[first..last] by "and" when that phrase closes the sentence (or its clause,
    // before a comma): a name or a determined phrase, not a verb ("said Lee and left").
    private static int? CoordinatedPhraseEnd(string text, List<WordToken> words, int first, int last)
    {
        var and = last + 1;
        if (and + 1 >= words.Count || words[and].InQuote || words[and].Lower != "and" || words[and + 1].InQuote
            || !CueFinder.IsSpaceOnly(text, words[last].End, words[and].Start) || !CueFinder.IsSpaceOnly(text, words[and].End, words[and + 1].Start)
            || AttributionLexicon.MatchVerb(words, and + 1) != 0
            || !(words[and + 1].IsCapitalized || words[and + 1].Lower is "the" or "a" or "an" or "others" || AttributionLexicon.GroupDeterminers.Contains(words[and + 1].Text)))
        {
            return null;
        }

        var end = PhraseEnd(text, words, first, and + 1);
        var after = end + 1 < words.Count ? text.AsSpan(words[end].End, words[end + 1].Start - words[end].End).Trim() : text.AsSpan(words[end].End).Trim();
        return (after.IsEmpty || after[0] is '.' or ',' or ';') && NounPhrase.CanNameSource(words, first, end) && NounPhrase.CanNameSource(words, and + 1, end) ? end : null;
    }

    /// <summary>
    /// A source named after its cue with the appositive that follows it ("said Newt Gingrich, the former House speaker."):
    /// up to the sentence's end, or up to and with the comma that closes it ("said Ann Lee, a lawyer, in a note"), as
    /// the annotated corpora mark it; <paramref name="name"/> itself when no appositive follows.
    /// </summary>
    internal static TextRange WithTrailingAppositive(string text, List<WordToken> words, TextRange name)
    {
        var last = WordIndex.FirstAtOrAfter(words, name.End) - 1;
        if (last < 0 || words[last].End > name.End)
        {
            return name;
        }

        // "said Haines, 44.": the appositive may be the passage's last word.
        var end = name.End;
        if (last + 1 < words.Count && !words[last + 1].InQuote && text.AsSpan(name.End, words[last + 1].Start - name.End).Trim().SequenceEqual(",")
            && (SpeakerDescription.OpensDescription(text, words, last + 1) || NameAfterDescription(text, words, name, last)))
        {
            var k = CueFinder.EndOfSegment(text, words, last + 1);
            // "said Dana Holt, the author of ''Harbour Lights,'' who …": a quoted title after "of" belongs to the description.
            var title = QuotedTitle.LastWordAfterOf(text, words, k);
            k = title ?? k;

            // Appositives run on: "said Ann Lee, a lawyer in Troy, Ohio, who advises the board".
            while (k + 1 < words.Count && !words[k + 1].InQuote
                && (k == title ? QuotedTitle.ClosesWithComma(text, words, k) : text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().SequenceEqual(","))
                && ContinuesAppositive(text, words, k + 1))
            {
                k = CueFinder.EndOfSegment(text, words, k + 1);
            }

            // "said Ann Lee, an expert who has written books, papers and essays on the pier.": a list inside the
            // description's relative clause runs over its commas to the sentence's end.
            if (ListClosingRelativeClause(text, words, last + 1, k) is { } listEnd)
            {
                k = listEnd;
            }

            // An appositive closed by a comma keeps the comma ("said Ann Lee, a lawyer, in a note"), as the
            // annotated corpora mark it; one closed by the sentence's end does not.
            var gapAfter = text.AsSpan(words[k].End, (k + 1 < words.Count ? words[k + 1].Start : text.Length) - words[k].End);
            var after = gapAfter.TrimStart();
            // "…, of Jacksonville, Fla. “She …”": an abbreviation's full stop may end the sentence before a quote.
            if (k == title)
            {
                // The title keeps its closing marks and the comma or full stop inside them (",''", ".''").
                end = QuotedTitle.EndOfClosingMarks(text, words[k]);
            }
            else if (k + 1 >= words.Count || after.StartsWith(".") || after.IsEmpty || (words[k].Text.EndsWith('.') && words[k + 1].InQuote))
            {
                end = words[k].End;
            }
            else if (after.StartsWith(","))
            {
                end = words[k].End + (gapAfter.Length - after.Length) + 1;
            }
        }

        return new TextRange(name.Start, end);
    }

    // The most words a name renaming a description may hold ("Andrew J. Pincus of the law firm Mayer Brown").
    private const int MaxRenamingNameWords = 9;

    // "said another harbour pilot, Dana Holt.", "said the board's deputy chief, Nora Vale, who ran the ferry": a
    // description opened by a determiner or a possessor, then the name of the person it describes; the name renames
    // the speaker and belongs to the source, as the annotated corpora mark it. The name (capitalised words, perhaps
    // with a phrase after "of", "at" or "for") must close the sentence or open a relative clause, so that a clause
    // after an opening credit ("according to the poll, Dana Holt leads") keeps its own subject.
    private static bool NameAfterDescription(string text, List<WordToken> words, TextRange description, int last)
    {
        var first = WordIndex.FirstAtOrAfter(words, description.Start);
        var next = last + 1;
        if (first < 0 || first >= last || (words[last].IsCapitalized && !IsRoleAtNamedBody(words, first, last)) || words[last].InQuote
            || !(words[first].Lower is "a" or "an" or "the" or "another" or "his" or "her" or "their" or "its" || words[first].IsPossessive)
            || !words[next].IsCapitalized || next + 1 >= words.Count || !words[next + 1].IsCapitalized
            || AttributionLexicon.SentenceStarters.Contains(words[next].Text))
        {
            return false;
        }

        var end = CueFinder.EndOfSegment(text, words, next);
        if (end - next + 1 > MaxRenamingNameWords)
        {
            return false;
        }

        // Capitalised words, then perhaps a phrase tying the person to a place or a firm.
        var tied = false;
        for (var i = next; i <= end; i++)
        {
            if (words[i].InQuote || words[i].IsPossessive)
            {
                return false;
            }

            if (words[i].IsCapitalized)
            {
                continue;
            }

            if (!tied && i > next + 1 && words[i].Lower is "of" or "at" or "for")
            {
                tied = true;
            }
            else if (!tied || AttributionLexicon.MatchVerb(words, i) > 0 || CueFinder.IsPastTense(words[i]) || AttributionLexicon.ClauseOpeners.Contains(words[i].Text))
            {
                return false;
            }
        }

        var after = (end + 1 < words.Count ? text.AsSpan(words[end].End, words[end + 1].Start - words[end].End) : text.AsSpan(words[end].End)).TrimStart();
        return after.IsEmpty || after[0] is '.' or '\n'
            || (after[0] == ',' && end + 1 < words.Count && words[end + 1].Lower == "who" && !words[end + 1].InQuote);
    }

    // "said the director of the Harbour Board of Dover, Dana Holt.": a description headed by a role may end in the name
    // of the body after its noun. Not when the role itself hangs from another noun ("applaud the management of the
    // governor of Kent, Dana Holt", where the phrase is what is applauded, not a person).
    private static bool IsRoleAtNamedBody(List<WordToken> words, int first, int last)
    {
        var role = ProperNameJoiner.RoleBeforeNamedBody(words, first, last);
        return role > first && !Enumerable.Range(first, role - first).Any(i => AttributionLexicon.SubjectPrepositions.Contains(words[i].Text));
    }

    // How many words a list closing a description's relative clause may add ("books, papers and essays on the pier").
    private const int MaxClosingListWords = 10;

    // The last word of a list that goes on from the description words[from..k] when that description holds a relative
    // clause ("who has written books") and the list, with no verb of its own, runs to the sentence's end; null otherwise.
    private static int? ListClosingRelativeClause(string text, List<WordToken> words, int from, int k)
    {
        if (!Enumerable.Range(from, k - from + 1).Any(i => words[i].Lower is "who" or "that" && !words[i].InQuote))
        {
            return null;
        }

        var j = k;
        while (j + 1 < words.Count && j - k <= MaxClosingListWords && !words[j + 1].InQuote
            && text.AsSpan(words[j].End, words[j + 1].Start - words[j].End).Trim() is "" or ","
            && AttributionLexicon.MatchVerb(words, j + 1) == 0 && !CueFinder.IsPastTense(words[j + 1]) && !words[j + 1].IsCapitalized)
        {
            j++;
        }

        // The list must end the sentence: a full stop or the passage's end after its last word, not a word it stopped before.
        var after = (j + 1 < words.Count ? text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) : text.AsSpan(words[j].End)).Trim();
        var closes = after.IsEmpty ? j + 1 >= words.Count : after[0] == '.';
        return j > k && j - k <= MaxClosingListWords && closes ? j : null;
    }

    // After "said Ann Lee, a lawyer in Troy,": another description ("a", "who") or a short place name ("Ohio,").
    private static bool ContinuesAppositive(string text, List<WordToken> words, int k)
    {
        var word = words[k];
        if (word.Lower is "a" or "an" or "the" or "who" or "whose")
        {
            return true;
        }

        // "said Ann Lee, a lawyer in Troy, and a co-editor of the book": a second description joined by "and".
        if (word.Lower == "and" && k + 1 < words.Count && !words[k + 1].InQuote && words[k + 1].Lower is "a" or "an" or "the")
        {
            return true;
        }

        // "of Jacksonville, Fla.": a state's abbreviation closes a place name.
        var stem = word.Text.TrimEnd('.');
        if (stem.Length < word.Text.Length || (word.End < text.Length && text[word.End] == '.'))
        {
            if (NounPhrase.IsPlaceAbbreviation(word with { Text = stem }) && (k + 1 >= words.Count || words[k + 1].InQuote || !CueFinder.IsSpaceOnly(text, word.End, words[k + 1].Start)))
            {
                return true;
            }
        }

        // "said Ann Lee, 55, of Brigantine": after the age, the home town.
        if (word.Lower == "of" && k + 1 < words.Count && words[k + 1].IsCapitalized && !words[k + 1].InQuote && words[k - 1].Text.All(char.IsAsciiDigit))
        {
            return true;
        }

        // "Englewood, New Jersey,": "New" opens a place name here, not a sentence.
        var placeOpener = word.Text == "New" && k + 1 < words.Count && words[k + 1].IsCapitalized;
        if (!word.IsCapitalized || (AttributionLexicon.SentenceStarters.Contains(word.Text.TrimEnd('.')) && !placeOpener))
        {
            return false;
        }

        var end = CueFinder.EndOfSegment(text, words, k);
        // "…, at the University of California, Davis, Center for Regional Change.": a name that closes the sentence.
        if (end + 1 >= words.Count && words.Skip(k).Take(end - k + 1).All(w => w.IsCapitalized || w.Lower is "of" or "for" or "and" or "the" or "on" or "in"))
        {
            return true;
        }

        return end - k < 2 && end + 1 < words.Count
            && text.AsSpan(words[end].End, words[end + 1].Start - words[end].End).Trim() is [','] or ['.'];
    }
}
