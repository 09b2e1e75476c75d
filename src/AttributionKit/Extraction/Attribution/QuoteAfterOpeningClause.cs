using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue standing inside its own content, after a clause that opens the sentence with a few quoted words of its own and
/// before a quote opening a new sentence ("Remarking on the pier's “quiet charm,” Holt said, “Leave the planks alone.”",
/// "Holding signs calling Vale “the harbour's worst,” the skippers chanted “Vale out!”"), reports that quote: the opening
/// clause tells what the speaker did, and PolNeAR starts the content at the quote after the cue. A quote going on after the
/// cue in lower case ("“The real issue,” Holt added, “is the tide.”") is one quoted sentence around the cue and keeps it
/// whole. PolNeAR train: 5 of 5 such contents start at the quote after the cue.
/// </summary>
internal static class QuoteAfterOpeningClause
{
    /// <summary>Starts the content of each such quoted draft at the quote after its cue.</summary>
    public static void StartAtQuotes(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            var content = draft.Content;
            if (draft.Quotes.Count == 0 || draft.Cue is not { } cue || cue.Start <= content.Start || cue.End >= content.End
                || CueFinder.IsClosingMark(text[content.Start]) || text[content.Start] is '‘')
            {
                continue;
            }

            var open = cue.End;
            while (open < content.End && (char.IsWhiteSpace(text[open]) || text[open] is ',' or ':'))
            {
                open++;
            }

            var first = open;
            while (first < content.End && CueFinder.IsClosingMark(text[first]))
            {
                first++;
            }

            if (first > open && first < content.End && char.IsUpper(text[first]))
            {
                draft.Content = new TextRange(open, content.End);
            }
        }
    }
}
