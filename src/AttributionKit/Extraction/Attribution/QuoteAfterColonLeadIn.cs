using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit after a quote that a lead-in of the narrator's introduces with a colon ("Holt seemed irritated: “Just post
/// it,” she wrote.", "Vale saw it differently: “It is no joke,” she said.") credits the quote, not the lead-in: the
/// narrator describes the speaker before the colon, and PolNeAR starts the content at the quote's opening mark. A lead-in
/// that is itself a report ending on its verb ("When asked, Holt said: “…,” the Gazette reported") is what the credit
/// reports, and keeps its place. PolNeAR train: 8 of 10 such credits start their content at the quote, the other two
/// after a verb of saying.
/// </summary>
internal static class QuoteAfterColonLeadIn
{
    /// <summary>
    /// Starts the content of each draft credited after its content at the opening mark of a quote that a colon
    /// introduces, when the words before the colon hold no quote mark and do not end on a reporting verb.
    /// </summary>
    public static void StartAtQuotes(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Cue is not { } cue || cue.Start < draft.Content.End || QuoteOpenedByColon(text, draft.Content) is not { } open)
            {
                continue;
            }

            var colon = text.LastIndexOf(':', open);
            var leadIn = new TextRange(draft.Content.Start, colon);
            draft.Content = new TextRange(open, draft.Content.End);
            EndWithinLeadIn(text, drafts, draft, leadIn);
        }
    }

    // "Rhimes declared the need for drive: “Change the world,” she said", "Holt asserted that the pier had failed:
    // “It is gone,” she said": a cue of the lead-in reports what stands before the colon; the quote is the credit's.
    private static void EndWithinLeadIn(string text, IReadOnlyList<AttributionDraft> drafts, AttributionDraft credit, TextRange leadIn)
    {
        foreach (var draft in drafts)
        {
            if (draft == credit || draft.Cue is not { } cue || cue.Start < leadIn.Start || cue.End > leadIn.End || draft.Content.End <= leadIn.End)
            {
                continue;
            }

            // A relation naming nobody ("Holt seemed irritated:") holds its subject, as it does anywhere.
            var start = draft.Content.Start < leadIn.End ? draft.Content.Start : draft.Source is null ? leadIn.Start : cue.End;
            while (start < leadIn.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start < leadIn.End)
            {
                draft.Content = new TextRange(start, leadIn.End);
            }
        }
    }

    // Where the quote that a colon opens inside the content starts, or null when the content holds none or the lead-in
    // before the colon holds a quote mark or ends on a reporting verb.
    private static int? QuoteOpenedByColon(string text, TextRange content)
    {
        var span = text.AsSpan(content.Start, content.Length);
        var colon = span.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var leadIn = span[..colon];
        if (leadIn.IndexOfAny("“”\"") >= 0 || leadIn.Contains("''", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = span[(colon + 1)..];
        var gap = rest.Length - rest.TrimStart().Length;
        if (gap == rest.Length || !(rest[gap] is '“' or '"' || rest[gap..].StartsWith("''", StringComparison.Ordinal)))
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, content.Start, content.Start + colon);
        return words.Count < 2 || AttributionLexicon.MatchVerb(words, words.Count - 1) > 0 ? null : content.Start + colon + 1 + gap;
    }
}
