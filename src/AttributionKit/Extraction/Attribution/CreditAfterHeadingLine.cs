using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit closing a line whose content runs back over a line break to a line that ends without a sentence's closing
/// mark ("Harbour plan stalls; \nPier repairs may wait a year, officials say", "Dana Holt, 62\nHolt ran the ferry for
/// years, the Gazette reports"): the line before is a heading or a label of its own, and the credit reports only its own
/// line. A paragraph ending on a full stop ("“…” workers.\n\n“It is gutless,” Vale said") may be a quote the credit
/// goes on from, and stays. PolNeAR train: 6 of 6 such credits start their content after the break.
/// Only in plain text, where the loader joins a paragraph's lines with a space, and only where the break cannot be a
/// paragraph wrapped by width: the line before ends on neither a letter nor a comma, the credit's line opens like a
/// sentence, and no line break in the content runs on in lower case ("…too weak to carry\ntrucks, officials say").
/// Markdown and HTML mark their headings, so a line break inside their paragraphs is always a wrap.
/// </summary>
internal static class CreditAfterHeadingLine
{
    /// <summary>
    /// Starts the content of each draft credited after its content on the line where its credit stands. The lines are
    /// those of the source text: a heading's line break is a space in <paramref name="article"/>'s text.
    /// </summary>
    public static void StartOnCreditLine(Article article, IReadOnlyList<AttributionDraft> drafts)
    {
        if (article.Format != ArticleFormat.Text)
        {
            return;
        }

        var text = article.Text;
        foreach (var draft in drafts)
        {
            var content = draft.Content;
            if (draft.Cue is not { } cue || cue.Start < content.End || LastLineBreak(article, content) is not { } lineBreak)
            {
                continue;
            }

            var start = lineBreak;
            while (start < content.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start < content.End && EndsHeading(text.AsSpan(content.Start, lineBreak - content.Start))
                && (char.IsUpper(text[start]) || CueFinder.IsClosingMark(text[start])) && !IsWrappedByWidth(article, content))
            {
                draft.Content = new TextRange(start, content.End);
            }
        }
    }

    // The text offset of the last white space inside the content that stands for a line break of the file, or null.
    private static int? LastLineBreak(Article article, TextRange content)
    {
        for (var i = content.End - 2; i > content.Start; i--)
        {
            if (char.IsWhiteSpace(article.Text[i]) && SourceLineBreak.At(article, i))
            {
                return i;
            }
        }

        return null;
    }

    // Whether the line before the credit's ends as a heading or a label does ("Harbour plan stalls;", "Dana Holt, 62"):
    // on no full stop, question or exclamation mark (perhaps inside a closing quote mark), and on neither a letter nor a
    // comma, after which a sentence wrapped by width goes on ("met Mayor\nDana Holt", "said Holt,\nThe mayor").
    private static bool EndsHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        while (trimmed.Length > 0 && CueFinder.IsClosingMark(trimmed[^1]))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Length > 0 && !(trimmed[^1] is '.' or '?' or '!' or ',' || char.IsLetter(trimmed[^1]));
    }

    // Whether some line of the content runs on in lower case from the line above: a paragraph wrapped by width, whose
    // line breaks say nothing about its sentences.
    private static bool IsWrappedByWidth(Article article, TextRange content)
    {
        var text = article.Text;
        for (var i = content.Start + 1; i < content.End - 1; i++)
        {
            if (char.IsWhiteSpace(text[i]) && char.IsLower(text[i + 1]) && SourceLineBreak.At(article, i))
            {
                return true;
            }
        }

        return false;
    }
}
