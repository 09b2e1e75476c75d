using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit closing a line whose content runs back over a line break to a line that ends without a sentence's closing
/// mark ("Harbour plan stalls; \nPier repairs may wait a year, officials say", "Dana Holt, 62\nHolt ran the ferry for
/// years, the Gazette reports"): the line before is a heading or a label of its own, and the credit reports only its own
/// line. A paragraph ending on a full stop ("“…” workers.\n\n“It is gutless,” Vale said") may be a quote the credit
/// goes on from, and stays. PolNeAR train: 6 of 6 such credits start their content after the break.
/// </summary>
internal static class CreditAfterHeadingLine
{
    /// <summary>
    /// Starts the content of each draft credited after its content on the line where its credit stands. The lines are
    /// those of the source text: a heading's line break is a space in <paramref name="article"/>'s text.
    /// </summary>
    public static void StartOnCreditLine(Article article, IReadOnlyList<AttributionDraft> drafts)
    {
        var text = article.Text;
        foreach (var draft in drafts)
        {
            if (draft.Cue is not { } cue || cue.Start < draft.Content.End || draft.Content.Length < 2
                || LineOf(article, draft.Content.Start) == LineOf(article, draft.Content.End - 1))
            {
                continue;
            }

            var content = draft.Content;
            var lineStart = content.End - 1;
            var line = LineOf(article, lineStart);
            while (lineStart > content.Start && LineOf(article, lineStart - 1) == line)
            {
                lineStart--;
            }

            if (EndsSentence(text.AsSpan(content.Start, lineStart - content.Start)))
            {
                continue;
            }

            var start = lineStart;
            while (start < content.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start < content.End)
            {
                draft.Content = new TextRange(start, content.End);
            }
        }
    }

    private static int LineOf(Article article, int offset) => article.GetSourceSpan(new TextRange(offset, offset + 1)).Line;

    // Whether the line ends on a full stop, question or exclamation mark, perhaps inside a closing quote mark.
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        while (trimmed.Length > 0 && CueFinder.IsClosingMark(trimmed[^1]))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!';
    }
}
