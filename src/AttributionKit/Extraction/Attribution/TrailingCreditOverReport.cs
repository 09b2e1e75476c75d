namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A report whose content runs on over the credit line of the sentence that holds it: in "Holt said the pier was
/// sound, the Gazette reported", the Gazette credits the whole sentence, Holt's report with it, and Holt's content
/// ("the pier was sound, the Gazette reported") has run past the end of what Holt said into the Gazette's cue. The
/// annotated corpora keep one relation there, the outer credit; the inner report is no relation of its own.
/// </summary>
internal static class TrailingCreditOverReport
{
    /// <summary>
    /// Whether an indirect draft, its cue before its content, stands inside the content of another draft whose cue
    /// trails that content and closes the draft's own content. PolNeAR train: 32 such relations, 6 of them right.
    /// </summary>
    /// <param name="text">The article's main text, which the drafts' ranges index.</param>
    /// <param name="inner">The draft that may stand inside another's credited sentence.</param>
    /// <param name="drafts">The drafts of the article.</param>
    public static bool IsCreditedWithin(string text, AttributionDraft inner, IReadOnlyList<AttributionDraft> drafts)
    {
        if (inner.Quotes.Count > 0 || inner.Cue is not { } cue || cue.Start > inner.Content.Start)
        {
            return false;
        }

        foreach (var outer in drafts)
        {
            if (ReferenceEquals(outer, inner) || outer.Cue is not { } credit)
            {
                continue;
            }

            var content = outer.Content;
            if (content.Start <= cue.Start
                && content.End > inner.Content.Start && content.End < inner.Content.End
                && credit.Start >= content.End && credit.End <= inner.Content.End
                && EndsTheSentence(text, Math.Max(credit.End, outer.Source?.End ?? 0), inner.Content.End)
                && !ParticipleFollows(text, inner.Content.End)
                && !IsRelativeClause(text, outer))
            {
                return true;
            }
        }

        return false;
    }

    // "… responding to pressure from the unions, who have insisted on a vote": a reporting clause opened by a relative
    // pronoun hangs on the noun before it and is no credit for the sentence.
    private static bool IsRelativeClause(string text, AttributionDraft outer) =>
        outer.Source is { } source && AttributionLexicon.RelativeSubjectPronouns.Contains(text.Substring(source.Start, source.Length));

    // "He said that the pier was ''safe'' the Courier reported, adding that …": a reporting participle after the comma
    // that ends the inner content goes on with a clause of the credit's own, so the credit sits in the middle of a
    // longer report, as in EndsTheSentence, though the inner content stops before that comma.
    private static bool ParticipleFollows(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        if (rest is not [',', ..])
        {
            return false;
        }

        rest = rest[1..].TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        return length > 0 && AttributionLexicon.ClauseReportingParticiples.Contains(rest[..length].ToString());
    }

    // The credit closes the sentence when at most a few words without a comma follow it before the inner content ends
    // ("…, the Gazette reported on Monday"); a credit followed by a clause of its own ("…, Holt said, adding that …"
    // or "according to the minutes, the board …") sits in the middle of a longer report and credits only its start.
    private static bool EndsTheSentence(string text, int from, int to)
    {
        const int MostTrailingWords = 4;
        var words = 0;
        var inWord = false;
        for (var k = Math.Max(0, from); k < to && k < text.Length; k++)
        {
            var c = text[k];
            if (c == ',')
            {
                return false;
            }

            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words <= MostTrailingWords;
    }
}
