using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where a source's noun phrase starts when a cue's backward search stops too early: a participle used as an
/// adjective ("registered voters"), a "neither … nor …" pair, a list of names that opens the sentence ("Bush,
/// Christie and Kasich said"), and a report dated by a participle ("A poll released Wednesday found").
/// </summary>
internal static class SourcePhrase
{
    private static readonly FrozenSet<string> ParticipleAdjectives =
        Lexicon.Lines("Lexicons/participle-adjectives.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(".;:!?()\"“”—");

    // Where or how words were said, which a phrase after the source tells of the cue, not of the speaker.
    private static readonly FrozenSet<string> Occasions =
        Lexicon.Lines("Lexicons/source-occasions.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word names where or how words were said ("statement", "interview"), from <c>source-occasions.txt</c>.</summary>
    public static bool IsOccasion(WordToken word) => Occasions.Contains(word.Text);

    /// <summary>Whether the word is a participle that stands as an adjective in a noun phrase ("registered voters").</summary>
    public static bool IsParticipleAdjective(WordToken word) => !word.InQuote && ParticipleAdjectives.Contains(word.Text);

    /// <summary>
    /// "Neither Cruz nor Christie acknowledged": the phrase starting at word <paramref name="first"/> right after "nor"
    /// starts at "Neither"; <paramref name="first"/> otherwise.
    /// </summary>
    public static int WithNeither(string text, List<WordToken> words, int first)
    {
        if (first < 2 || words[first - 1].Lower != "nor" || words[first - 1].InQuote)
        {
            return first;
        }

        for (var k = first - 2; k >= 0 && first - k <= 8; k--)
        {
            if (words[k].InQuote || HasBreak(text, words[k].End, words[k + 1].Start))
            {
                return first;
            }

            if (words[k].Lower == "neither")
            {
                return k;
            }
        }

        return first;
    }

    /// <summary>
    /// "Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul appeared": a phrase of names joined by "and" that
    /// follows a list of names set off by commas from the sentence's start takes the list in. Returns the word the list
    /// starts at, or <paramref name="first"/>.
    /// </summary>
    public static int WithListBefore(string text, List<WordToken> words, int first, int last)
    {
        var joined = false;
        for (var k = first; k <= last; k++)
        {
            joined |= words[k].Lower is "and" or "or" && !words[k].InQuote;
        }

        // "labor unions, environmental groups, and many Democratic lawmakers": with a comma before "and", the phrase read
        // back from the cue starts after the conjunction; the list runs on before it.
        var oxford = !joined && first >= 2 && words[first - 1].Lower is "and" or "or" && !words[first - 1].InQuote
            && text.AsSpan(words[first - 2].End, words[first - 1].Start - words[first - 2].End).Trim() is [',']
            && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start);
        // "the board's lawyer, treasurer and strategist said": the phrase read back is the last item alone, after a bare
        // "and"; the item before the conjunction, set off by a comma from one before it, opens the list.
        if (!joined && !oxford && ItemBeforeConjunction(text, words, first) is { } item)
        {
            var opened = ListStart(text, words, first, item, true);
            return opened < item ? opened : first;
        }

        var listed = ListStart(text, words, first, oxford ? first - 1 : first, joined || oxford);
        // "A, B, and C" has two commas before the conjunction; one ("Louisville, and Nicklaus said") joins clauses.
        return oxford && (listed >= first - 1 || text.AsSpan(words[listed].Start, words[first - 1].Start - words[listed].Start).Count(',') < 2) ? first : listed;
    }

    // The start of the list item that stands right before a bare "and"/"or" ahead of word <paramref name="first"/>
    // ("treasurer" in "lawyer, treasurer and strategist"), when a comma stands before that item; null otherwise.
    private static int? ItemBeforeConjunction(string text, List<WordToken> words, int first)
    {
        if (first < 3 || words[first - 1].Lower is not ("and" or "or") || words[first - 1].InQuote || !IsListItemWord(words, first)
            || !CueFinder.IsSpaceOnly(text, words[first - 2].End, words[first - 1].Start) || !CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start))
        {
            return null;
        }

        // "Ann Lee, Mrs. Rao and other donors": the item may be a name.
        var k = first - 2;
        while (k >= 1 && first - 2 - k < 3 && IsNameOrListItemWord(words, k) && !words[k].OpensSentence
            && !(text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [','])
            && NounPhrase.IsNounGap(text, words[k - 1].End, words[k].Start) && IsNameOrListItemWord(words, k - 1))
        {
            k--;
        }

        return k >= 1 && IsNameOrListItemWord(words, k)
            && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is [','] ? k : null;
    }

    private static bool IsNameOrListItemWord(List<WordToken> words, int k) => !words[k].InQuote && (words[k].IsCapitalized || IsListItemWord(words, k));

    private static int ListStart(string text, List<WordToken> words, int first, int start, bool joined)
    {
        // "Friends, lobbyists and former foes say", "45% of Republicans, 28% of independents and 12% of Democrats say": a
        // list of groups opening the sentence is a list of sources too.
        if (!joined || first == 0 || !(words[first].IsCapitalized || IsListItemWord(words, first)))
        {
            return first;
        }

        while (start > 0)
        {
            if (words[start].OpensSentence)
            {
                return start;
            }

            if (!(text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).Trim() is [',']))
            {
                // "But Bush, Christie and Kasich": a conjunction may open the sentence before the list. "voters in Alabama,
                // Georgia and Virginia": a preposition may take the list as its object, and the subject goes on before it
                // (not in an opening phrase: "Under NCLB, many experts and some lawmakers say").
                // "while Holt, Vale and harbour chief Tom Lane have spent the week …": a subordinating conjunction opens
                // the clause whose subject the list is.
                return start != first && ((words[start - 1].Lower is "but" or "and" or "so" or "yet" && (start - 1 == 0 || words[start - 1].OpensSentence))
                    || (!words[start - 1].InQuote && AttributionLexicon.SubordinatingConjunctions.Contains(words[start - 1].Lower) && CueFinder.IsSpaceOnly(text, words[start - 1].End, words[start].Start))
                    || (!words[start - 1].IsCapitalized && !words[start - 1].InQuote && AttributionLexicon.SubjectPrepositions.Contains(words[start - 1].Text)
                        && words[start - 1].Lower is not ("and" or "to") && CueFinder.IsSpaceOnly(text, words[start - 1].End, words[start].Start)
                        && !OpensWithAdverbial(text, words, start - 1))) ? start : first;
            }

            // The item before the comma: one to three capitalised words (a name, with its title), or up to four words of
            // a group ("the families", "28% of independents"); never a day or an opening adverb ("Tuesday, Bush and Cruz
            // said").
            var k = start - 1;
            var item = 0;
            while (k >= 0 && !words[k].InQuote && (words[k].IsCapitalized || IsListItemWord(words, k)) && item < 5 && words[k].Lower is not ("but" or "and" or "so" or "yet")
                && (k == start - 1 || NounPhrase.IsNounGap(text, words[k].End, words[k + 1].Start)))
            {
                k--;
                item++;
                if (words[k + 1].OpensSentence)
                {
                    break;
                }
            }

            // "the leaders of the United States, Canada and Mexico": the item before the comma is the name after a
            // preposition that takes the list as its object; the phrase before the preposition is no item of the list.
            if (item > 1 && PlaceAfterPreposition(text, words, k + 1, start - 1) is { } place)
            {
                return place;
            }

            var opener = words[k + 1];
            var lowerItem = words.Skip(k + 1).Take(item).Any(w => !w.IsCapitalized);
            if (item is 0 || item > (lowerItem ? 4 : 3)
                || (AttributionLexicon.SentenceStarters.Contains(opener.Text) && !(lowerItem && (AttributionLexicon.PhraseOpeners.Contains(opener.Text) || AttributionLexicon.GroupDeterminers.Contains(opener.Text))))
                || AttributionLexicon.DayWords.Contains(opener.Text) || AttributionLexicon.TimeWords.Contains(opener.Text))
            {
                // "Throughout the night, his family, friends and employees": an opening phrase before the list ends it.
                return start != first && OpensWithAdverbial(text, words, start - 1) ? start : first;
            }

            start = k + 1;
        }

        return start;
    }

    // The first word of a name ("the United States", "Kent") that closes words[from..last] right after a lower-case
    // preposition of a subject's phrase ("of", "in", "from"), or null.
    private static int? PlaceAfterPreposition(string text, List<WordToken> words, int from, int last)
    {
        var k = last;
        while (k > from && words[k].IsCapitalized && !words[k].InQuote)
        {
            k--;
        }

        if (k == last || words[k].InQuote)
        {
            return null;
        }

        var name = k + 1;
        if (words[k].Lower == "the" && k > from)
        {
            name = k;
            k--;
        }

        return !words[k].IsCapitalized && words[k].Lower is "of" or "in" or "from" or "at" or "across" && !OpensWithAdverbial(text, words, k)
            && Enumerable.Range(k, name - k + 1).All(i => i == k || CueFinder.IsSpaceOnly(text, words[i - 1].End, words[i].Start))
            ? name
            : null;
    }

    // Whether the stretch of words ending at word k, back to the sentence's start, is an opening adverbial ("Throughout
    // the night", "In Iowa"): its first word opens a sentence and is a preposition or adverb, not a determiner.
    private static bool OpensWithAdverbial(string text, List<WordToken> words, int k)
    {
        while (k > 0 && !words[k].OpensSentence && !words[k - 1].InQuote && !HasBreak(text, words[k - 1].End, words[k].Start)
            && !text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
        {
            k--;
        }

        var opener = words[k];
        return (k == 0 || opener.OpensSentence) && opener.IsCapitalized && AttributionLexicon.SentenceStarters.Contains(opener.Text)
            && !AttributionLexicon.PhraseOpeners.Contains(opener.Text) && !AttributionLexicon.GroupDeterminers.Contains(opener.Text);
    }

    /// <summary>
    /// "said Dana Holt, the fund's lawyer, treasurer and strategist,": when words[<paramref name="k"/>..<paramref name="end"/>]
    /// is the tail of a list of roles ("treasurer and strategist"), the word the list's first item starts at, read back
    /// over the commas between lower-case items ("the fund's lawyer"); <paramref name="k"/> otherwise.
    /// </summary>
    public static int RoleListOpening(string text, List<WordToken> words, int k, int end)
    {
        // The tail: three to six lower-case words of list items with one "and"/"or" inside it, not at either end.
        var conjunctions = 0;
        for (var i = k; i <= end; i++)
        {
            var conjunction = words[i].Lower is "and" or "or";
            conjunctions += conjunction ? 1 : 0;
            if (words[i].IsCapitalized || (!conjunction && !IsListItemWord(words, i)))
            {
                return k;
            }
        }

        if (end - k + 1 is < 3 or > 6 || conjunctions != 1 || words[k].Lower is "and" or "or" || words[end].Lower is "and" or "or")
        {
            return k;
        }

        var start = k;
        while (start >= 2 && text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).Trim() is [','])
        {
            // The item before the comma: up to four lower-case words of a role ("a lawyer", "the fund's lawyer").
            var m = start - 1;
            while (m - 1 >= 0 && start - m < 4 && !words[m - 1].InQuote && !words[m - 1].IsCapitalized && IsListItemWord(words, m - 1)
                && NounPhrase.IsNounGap(text, words[m - 1].End, words[m].Start))
            {
                m--;
            }

            if (Enumerable.Range(m, start - m).Any(i => words[i].IsCapitalized || !IsListItemWord(words, i)) || m == 0)
            {
                return start;
            }

            start = m;
        }

        return start;
    }

    // A lower-case word of a group in a list: a determiner, a plural or plain noun, a figure, "of".
    private static bool IsListItemWord(List<WordToken> words, int k) =>
        !words[k].InQuote && (AttributionLexicon.PhraseOpeners.Contains(words[k].Text) || AttributionLexicon.GroupDeterminers.Contains(words[k].Text)
            || words[k].Text.Any(char.IsAsciiDigit) || words[k].Lower == "of" || IsLyNounAfterDeterminer(words, k)
            || (NounPhrase.IsPlainNoun(words, k) && !AttributionLexicon.CueTimeWords.Contains(words[k].Text) && !AttributionLexicon.DayWords.Contains(words[k].Text)));

    // "his family, friends and employees say": a word ending in "-ly" reads as an adverb, but right after a determiner
    // ("his family", "the assembly") it is a noun; after a quantity it stays an adverb ("Most recently, the board said").
    private static bool IsLyNounAfterDeterminer(List<WordToken> words, int k) =>
        k >= 1 && words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && !words[k].IsCapitalized && !words[k - 1].InQuote
        && AttributionLexicon.MatchVerb(words, k) == 0
        && (AttributionLexicon.PossessivePronouns.Contains(words[k - 1].Text) || words[k - 1].Lower is "the" or "a" or "an" || words[k - 1].IsPossessive);

    /// <summary>
    /// "A poll released Wednesday found": words[<paramref name="first"/>..<paramref name="last"/>] being a day after a
    /// participle, the index of the participle; null otherwise.
    /// </summary>
    public static int? DatingParticiple(List<WordToken> words, int first, int last)
    {
        if (first != last || first < 2 || !AttributionLexicon.DayWords.Contains(words[first].Text))
        {
            return null;
        }

        var participle = words[first - 1];
        return !participle.InQuote && !participle.IsCapitalized && participle.Lower is "released" or "published" or "issued" or "filed"
            or "conducted" or "posted" or "aired" or "unveiled" or "obtained" or "sent" or "made" or "taken"
            ? first - 1
            : null;
    }

    /// <summary>
    /// "said a longtime adviser to Trump.", "says a source involved in the talks,", "said one person with knowledge of the
    /// plan": after a lower-case head noun ending at word <paramref name="end"/> (exclusive), a prepositional phrase that
    /// runs to a comma or the sentence's end belongs to the source. Returns the new exclusive end, or
    /// <paramref name="end"/> when no such phrase follows, or when it tells where or when the words were said ("in a
    /// statement", "on Tuesday"). After a name, only a place closing the clause belongs to it ("says political scientist
    /// Dana Holt in Bath."), not a publication where the words appeared ("wrote Ann Lee in The Courier").
    /// </summary>
    public static int WithPrepositionalPhrase(string text, List<WordToken> words, int end)
    {
        // "says political scientist Dana Holt in Bath.": after a name, only a place ("in" or "from" and capitalised words).
        var afterName = end >= 1 && end < words.Count && words[end - 1].IsCapitalized;
        if (end < 1 || end >= words.Count || (afterName && words[end].Lower is not ("in" or "from")) || words[end].InQuote
            || words[end].Lower is not ("to" or "for" or "of" or "with" or "at" or "in" or "from" or "on" or "within" or "inside" or "close")
            || !text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IsWhiteSpace())
        {
            return end;
        }

        var k = end;
        while (k + 1 < words.Count && k - end < 10 && !words[k + 1].InQuote && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IsWhiteSpace())
        {
            k++;
        }

        // The phrase must close its clause, and name no occasion or time of speaking.
        var after = k + 1 < words.Count ? text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).TrimStart() : text.AsSpan(words[k].End).TrimStart();
        if (k - end >= 10 || !(after.IsEmpty || after[0] is ',' or '.' or ';' or '?' or '!')
            || (afterName && (words.Skip(end + 1).Take(k - end).Any(w => !w.IsCapitalized) || words[end + 1].Text == "The")))
        {
            return end;
        }

        for (var i = end; i <= k; i++)
        {
            var w = words[i];
            if (Occasions.Contains(w.Text) || AttributionLexicon.DayWords.Contains(w.Text) || AttributionLexicon.TimeWords.Contains(w.Text)
                || AttributionLexicon.MatchVerb(words, i) > 0 || w.Lower is "who" or "which" or "that" or "but" or "said" or "says"
                || (w.Lower == "and" && !PlacesJoined(words, i)))
            {
                return end;
            }
        }

        return k + 1;
    }

    // "said officials in Kent and Dover": "and" between two capitalised words joins two places of the phrase, not a
    // second clause.
    private static bool PlacesJoined(List<WordToken> words, int and) =>
        and >= 1 && and + 1 < words.Count && words[and - 1].IsCapitalized && words[and + 1].IsCapitalized && !words[and + 1].InQuote;

    private static bool HasBreak(string text, int start, int end) =>
        end > start && text.AsSpan(start, end - start).IndexOfAny(Breaks) >= 0;
}
