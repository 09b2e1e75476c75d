using System.Collections.Frozen;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Takes a speaker mention apart: <c>Russian Presidential Spokesman Dmitry Peskov</c> → name Dmitry Peskov, role
/// Presidential Spokesman; <c>Michael Clarke, Military Analyst</c> → name Michael Clarke, role Military Analyst;
/// <c>Its secretary, Padraig Doyle</c> → name Padraig Doyle, role secretary; <c>The operator, Northway Rail</c> → the group Northway Rail;
/// <c>he</c> → a pronoun; <c>the Kremlin</c>, <c>officials</c>, <c>a source</c> → a group, kept as written.
/// </summary>
internal static class SpeakerNameParser
{
    private static readonly FrozenSet<string> DescriptionOpeners = Lexicon.Lines("Lexicons/appositive-description-openers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "one", "some",
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "dos", "ibn", "abu", "el", "ben", "st.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the mention <c>text[range]</c>.</summary>
    public static ParsedSpeaker Parse(string text, TextRange range)
    {
        var all = WordTokenizer.Tokenize(text, range.Start, range.End);
        if (all.Count == 0)
        {
            return new ParsedSpeaker(text.Substring(range.Start, range.Length).Trim(), null, SpeakerType.Group, range.Start);
        }

        // The head is what stands before the first comma or bracket; an appositive after a comma may hold the role.
        var head = new List<WordToken>();
        var appositive = new List<WordToken>();
        var inParens = false;
        var pastComma = false;
        int? relative = null;
        for (var k = 0; k < all.Count; k++)
        {
            var gapStart = k == 0 ? range.Start : all[k - 1].End;
            var gap = text.AsSpan(gapStart, all[k].Start - gapStart);
            if (gap.Contains('('))
            {
                inParens = true;
            }

            if (gap.Contains(')'))
            {
                inParens = false;
            }

            if (gap.Contains(',') && !inParens && head.Count > 0)
            {
                if (pastComma)
                {
                    break;
                }

                pastComma = true;
            }

            if (inParens)
            {
                continue;
            }

            // "Current and former officials who spoke with The Huffington Post": a relative clause describes the
            // head; a name inside it ("The Huffington Post") is not the speaker's.
            if (!pastComma && relative is null && head.Count > 0 && all[k].Lower is "who" or "whom" or "whose" or "which")
            {
                relative = head.Count;
            }

            (pastComma ? appositive : head).Add(all[k]);
        }

        // "Tom Hart of Dayton", "Sen. Nora Vale of Ohio", "Mr. Holt of the Harbour Trust": a person's name followed by
        // where the person is from. "Secretary of State John Kerry" is a title, "the Bank of Dover" one name.
        for (var k = 1; k < head.Count - 1; k++)
        {
            if (head[k].Lower == "of" && IsPlaceAfterName(head, k))
            {
                head.RemoveRange(k, head.Count - k);
                break;
            }
        }

        if (head.Count == 1 && AttributionLexicon.Pronouns.Contains(head[0].Text))
        {
            return new ParsedSpeaker(head[0].Text, null, SpeakerType.Pronoun, head[0].Start);
        }

        // The name is read before a relative clause; an unnamed speaker keeps the clause as written.
        var last = Math.Min(relative ?? head.Count, head.Count) - 1;
        var first = 0;
        while (first < last && (Determiners.Contains(head[first].Text) || AttributionLexicon.Demonyms.Contains(head[first].Text)))
        {
            first++;
        }

        var whole = text[head[first].Start..head[last].End];
        if (OutletGazetteer.Default.Lookup(whole) is { } organisation)
        {
            return new ParsedSpeaker(organisation.Name, null, SpeakerType.Group, head[first].Start);
        }

        // "Those who …": a determiner alone before a relative clause is no name either.
        if (!head[last].IsCapitalized || (last == first && Determiners.Contains(head[last].Text)))
        {
            // "Its secretary, Padraig Doyle": a role, then the name in apposition.
            if (AppositiveName(text, head, first, appositive) is { } named)
            {
                return named;
            }

            // "officials", "a source", "Russia’s chief delegate": a group or an unnamed speaker, kept as written.
            var start = head[0].Start;
            return new ParsedSpeaker(text[start..head[^1].End], null, SpeakerType.Group, start);
        }

        // "The Republican National Committee", "the Bureau of Investigation": a capitalised name headed by an institution
        // noun is a body, named whole; the party or nationality opening it is no title of a person.
        if (IsInstitutionName(head, first, last) && !IsPrepositionObject(head, first, last))
        {
            return new ParsedSpeaker(text[head[first].Start..head[last].End], null, SpeakerType.Group, head[first].Start);
        }

        // The name is the run of capitalised words at the end that are not titles; the last word always belongs to it.
        var nameStart = last;
        while (nameStart - 1 >= first)
        {
            var w = head[nameStart - 1];
            var isName = (w.IsCapitalized && !IsNameTitle(w.Text) && !AttributionLexicon.Demonyms.Contains(w.Text)
                    && !IsPossessive(text, w))
                || (NameParticles.Contains(w.Text) && nameStart - 2 >= first && head[nameStart - 2].IsCapitalized);
            if (!isName)
            {
                break;
            }

            nameStart--;
        }

        // "officials from Ohio", "a spokesman for Nora Vale", "states like Ohio and Utah": a name that is the object of
        // a preposition after a common noun is not the speaker; the noun is, unnamed, and kept as written.
        if (IsPrepositionObject(head, first, nameStart))
        {
            // "His former partner at Lenox, Lawrence B. Cummings": the person is named in apposition.
            if (AppositiveName(text, head, first, appositive) is { } namedAfter)
            {
                return namedAfter;
            }

            var start = head[0].Start;
            return new ParsedSpeaker(text[start..head[^1].End], null, SpeakerType.Group, start);
        }

        // "Holt and Vale", "Dana Holt and Nora Vale": two speakers named together speak as one group, not the last of
        // them. Not inside the name of an office ("Secretary of Health and Human Services Nora Vale"). A title before the
        // second name ("Dana Holt and Rep. Nora Vale") still ends the name walk, and the second person is taken alone.
        if (nameStart - 2 >= first && head[nameStart - 1].Lower is "and" or "or" && head[nameStart - 2].IsCapitalized
            && !IsPossessive(text, head[nameStart - 2]) && !head.Skip(first).Take(nameStart - first).Any(w => w.Lower == "of"))
        {
            // The first name's words, back to a title or a lower-case word ("a study by economists Dana Holt and Nora
            // Vale" names the two economists).
            var pairStart = nameStart - 2;
            while (pairStart - 1 >= first && head[pairStart - 1].IsCapitalized && !IsNameTitle(head[pairStart - 1].Text) && !IsPossessive(text, head[pairStart - 1]))
            {
                pairStart--;
            }

            return new ParsedSpeaker(text[head[pairStart].Start..head[last].End], null, SpeakerType.Group, head[pairStart].Start);
        }

        var name = text[head[nameStart].Start..head[last].End];
        string? role = nameStart > first ? text[head[first].Start..head[nameStart - 1].End] : null;
        if (appositive.Count > 0 && role is null)
        {
            role = AppositiveRole(text, appositive);
        }

        var oneWord = nameStart == last;
        var isGroup = oneWord
            ? role is null && (OutletGazetteer.Default.Lookup(name) is not null || IsAllCaps(name))
            : OutletGazetteer.Default.Lookup(name) is not null;
        if (isGroup)
        {
            return new ParsedSpeaker(OutletGazetteer.Default.Lookup(name)?.Name ?? name, role, SpeakerType.Group, head[nameStart].Start);
        }

        return new ParsedSpeaker(name, role, SpeakerType.Person, head[nameStart].Start);
    }

    // Whether head[first..last] is the name of a body: capitalised words (with "of", "for", "on", "and" inside) whose
    // institution noun closes them ("Republican National Committee") or opens a phrase that does ("Bureau of
    // Investigation"), with no title after it ("Harbour Board Chairman Dana Holt", "University of Kent President Nora
    // Vale" name people).
    private static bool IsInstitutionName(List<WordToken> head, int first, int last)
    {
        if (last <= first || !Enumerable.Range(first, last - first + 1).All(i => head[i].IsCapitalized || ProperNameJoiner.Joins(head, i)))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (AttributionLexicon.InstitutionHeads.Contains(head[i].Text)
                && (i == last || (head[i + 1].Lower is "of" or "for" or "on" && !Enumerable.Range(i + 1, last - i).Any(j => IsNameTitle(head[j].Text)))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words before head[nameStart] (other names joined by "and", "or") go back to a preposition that
    // follows a lower-case noun ("officials from", "states like").
    private static bool IsPrepositionObject(List<WordToken> head, int first, int nameStart)
    {
        var k = nameStart - 1;
        while (k > first && (head[k].IsCapitalized || head[k].Lower is "and" or "or" || ProperNameJoiner.Joins(head, k)))
        {
            k--;
        }

        return k > first && k < nameStart && !head[k].IsCapitalized && head[k].Lower is not ("and" or "or")
            && AttributionLexicon.SubjectPrepositions.Contains(head[k].Text) && !head[k - 1].IsCapitalized;
    }

    /// <summary>
    /// Whether the word is a possessive, singular (<c>CNN’s</c>) or plural (<c>Reuters’</c>, whose apostrophe the
    /// tokenizer leaves outside the word): before a name it says whom the person works for, not who they are.
    /// </summary>
    public static bool IsPossessive(string text, WordToken word) =>
        word.IsPossessive
        || (word.End < text.Length && text[word.End] is '’' or '\'' && word.Lower.EndsWith('s')
            && (word.End + 1 == text.Length || char.IsWhiteSpace(text[word.End + 1])));

    /// <summary>Whether a capitalised word before a name is a title or occupation (<c>Sen.</c>, <c>Comedian</c>) rather than part of it.</summary>
    public static bool IsNameTitle(string word) =>
        AttributionLexicon.Roles.Contains(word) || AttributionLexicon.OccupationTitles.Contains(word);

    /// <summary>Whether a capitalised word is a title or nationality rather than part of a name.</summary>
    public static bool IsTitleWord(string word) =>
        AttributionLexicon.Roles.Contains(word) || AttributionLexicon.Demonyms.Contains(word);

    private static string? AppositiveRole(string text, List<WordToken> appositive)
    {
        var first = 0;
        // "who has led the port since 2019" is a clause; "now 81 and retired", "45" describe the person: no title.
        if (appositive[0].Lower is "who" or "which" or "whose" || char.IsDigit(appositive[0].Text[0])
            || DescriptionOpeners.Contains(appositive[0].Lower))
        {
            return null;
        }

        while (first < appositive.Count - 1 && Determiners.Contains(appositive[first].Text))
        {
            first++;
        }

        // A role is a short phrase; a long appositive is a description, not a title.
        return appositive.Count - first <= 6 ? text[appositive[first].Start..appositive[^1].End] : null;
    }

    /// <summary>
    /// The person named in apposition after a role (<c>Its secretary, Padraig Doyle</c>, <c>A spokeswoman for the
    /// ministry, Ana Ruiz</c>), with the role; null unless the head holds a role word and the appositive is a full name
    /// of two to four words, so "residents of the city, New York" stays a group.
    /// </summary>
    private static ParsedSpeaker? AppositiveName(string text, List<WordToken> head, int first, List<WordToken> appositive)
    {
        if (!head.Skip(first).Any(w => AttributionLexicon.Roles.Contains(w.Text)))
        {
            return AppositiveBody(text, head, first, appositive);
        }

        if (appositive.Count is < 2 or > 4)
        {
            return null;
        }

        for (var k = 0; k < appositive.Count; k++)
        {
            var isParticle = k > 0 && k < appositive.Count - 1 && NameParticles.Contains(appositive[k].Text);
            if (!isParticle && !IsPlainName(appositive[k]))
            {
                return null;
            }
        }

        var name = text[appositive[0].Start..appositive[^1].End];
        if (OutletGazetteer.Default.Lookup(name) is not null)
        {
            return null;
        }

        return new ParsedSpeaker(name, text[head[first].Start..head[^1].End], SpeakerType.Person, appositive[0].Start);
    }

    /// <summary>
    /// The body named in apposition after a short definite description (<c>The operator, Northway Rail</c>,
    /// <c>the company, Acme</c>): a group with that name. Only "the", "its" or "their" and one noun before it, so a
    /// longer description ("residents of the city, New York") stays as written.
    /// </summary>
    private static ParsedSpeaker? AppositiveBody(string text, List<WordToken> head, int first, List<WordToken> appositive)
    {
        if (first != 1 || head.Count != 2 || head[0].Lower is not ("the" or "its" or "their") || appositive.Count is < 1 or > 4
            || !appositive.TrueForAll(w => w.IsCapitalized && !w.IsPossessive && !IsTitleWord(w.Text)))
        {
            return null;
        }

        var name = text[appositive[0].Start..appositive[^1].End];
        return new ParsedSpeaker(OutletGazetteer.Default.Lookup(name)?.Name ?? name, null, SpeakerType.Group, appositive[0].Start);
    }

    // Whether the "of" at head[of] follows a person's name: two plain names after no other capitalised word ("Tom Hart
    // of"), or any plain names after a title ("Sen. Nora Vale of", "Mayor Holt of"). One capitalised word after "the"
    // ("the Bank of") is the start of a longer name.
    private static bool IsPlaceAfterName(List<WordToken> head, int of)
    {
        // "the National Association of Pilots", "the Graduate School of Education": an institution's name goes on.
        if (AttributionLexicon.InstitutionHeads.Contains(head[of - 1].Text))
        {
            return false;
        }

        var before = of - 1;
        while (before >= 0 && IsPlainName(head[before]))
        {
            before--;
        }

        var names = of - 1 - before;
        // A nationality is no title here: "the U.S. Court of Appeals", "the American Federation of Teachers".
        var afterTitle = before >= 0 && AttributionLexicon.Roles.Contains(head[before].Text);
        return (names >= 1 && afterTitle) || (names >= 2 && (before < 0 || !head[before].IsCapitalized));
    }

    private static bool IsPlainName(WordToken word) =>
        word.IsCapitalized && !IsTitleWord(word.Text) && !word.IsPossessive;

    private static bool IsAllCaps(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
