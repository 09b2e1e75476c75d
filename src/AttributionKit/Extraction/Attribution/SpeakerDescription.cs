namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Whether the words after a comma that follows a speaker describe that speaker ("said Ann Lee, a lawyer", "said Bo
/// Lin, chief executive at the port") rather than open a clause of their own; such a description belongs to the source.
/// </summary>
internal static class SpeakerDescription
{
    // "said Ann Lee, a lawyer", "said Ann Lee, co-director of the centre", "said Ann Lee, Democrat of Ohio",
    // "said Ann Lee, 45": words that describe the speaker. A participle or a clause opener ("said Lee, adding
    // that", "said Lee, but") starts a new clause instead.
    internal static bool OpensTrailingAppositive(List<WordToken> words, int k)
    {
        var word = words[k];
        if (word.Lower is "a" or "an" or "the" or "who" or "whose" or "his" or "her" or "their" or "its" || word.Text.All(char.IsDigit))
        {
            return true;
        }

        if (word.IsCapitalized)
        {
            // "said Ann Lee, Facebook’s policy director": a possessive name opens a description.
            return SpeakerNameParser.IsTitleWord(word.Text) || AttributionLexicon.Roles.Contains(word.Text)
                || word.IsPossessive
                || word.Text is "Democrat" or "Republican" or "Independent";
        }

        if (word.Lower is "former" or "longtime" or "veteran" or "retired" or "then")
        {
            return true;
        }

        return !AttributionLexicon.ClauseOpeners.Contains(word.Text) && !AttributionLexicon.CueModifiers.Contains(word.Text)
            && !AttributionLexicon.SentenceStarters.Contains(word.Text) && !word.Lower.EndsWith("ing", StringComparison.Ordinal)
            && !word.Lower.EndsWith("ed", StringComparison.Ordinal) && !word.Lower.EndsWith("ly", StringComparison.Ordinal)
            && AttributionLexicon.MatchVerb(words, k) == 0 && !AttributionLexicon.Pronouns.Contains(word.Text);
    }

    /// <summary>
    /// Whether the stretch after a comma at word <paramref name="k"/> describes the speaker before it: a word that opens a
    /// description (<see cref="OpensTrailingAppositive"/>), or a short stretch without a verb that holds a role noun
    /// ("said Ken Sena, managing director at Evercore", "said Bo Lin, CrowdTangle chief executive", "said Ann Lee,
    /// Europe coordinator at the institute"); not a time or place alone ("said Lee, Tuesday", "said Lee, Maine").
    /// </summary>
    internal static bool OpensDescription(string text, List<WordToken> words, int k)
    {
        if (OpensTrailingAppositive(words, k))
        {
            return true;
        }

        var word = words[k];
        if (word.InQuote || AttributionLexicon.ClauseOpeners.Contains(word.Text) || AttributionLexicon.Pronouns.Contains(word.Text)
            || (word.IsCapitalized && AttributionLexicon.SentenceStarters.Contains(word.Text)))
        {
            return false;
        }

        var end = CueFinder.EndOfSegment(text, words, k);
        if (end - k > 9)
        {
            return false;
        }

        // "said Lee, at a press conference": a phrase opened by a preposition tells of the saying, not of the speaker.
        if (!word.IsCapitalized && (AttributionLexicon.SubjectPrepositions.Contains(word.Text) || word.Lower is "in" or "at" or "on" or "during" or "after" or "before" or "to" or "for" or "by" or "from" or "with"))
        {
            return false;
        }

        var role = false;
        for (var i = k; i <= end; i++)
        {
            // The role noun heads the description: it closes it or a phrase ties on ("director of", "analyst at",
            // "director and analyst"); "managing" before it is part of the description, not a verb.
            if (NounPhrase.IsRoleNoun(words[i]) && IsRoleHead(words, i, end))
            {
                role = true;
            }
            else if (!words[i].IsCapitalized && i > k && AttributionLexicon.MatchVerb(words, i) > 0)
            {
                return false;
            }
        }

        return role;
    }

    /// <summary>
    /// Whether the role word at <paramref name="i"/> heads its description, which ends at word <paramref name="end"/>:
    /// it closes the description or a phrase ties on ("director of", "analyst at", "director and analyst"), unlike a
    /// role word that only modifies the noun after it ("a press conference", "the state capitol").
    /// </summary>
    internal static bool IsRoleHead(List<WordToken> words, int i, int end) =>
        i == end || words[i + 1].Lower is "of" or "at" or "for" or "to" or "with" or "in" or "and" or "on";
}
