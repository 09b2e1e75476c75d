using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds the quoted stretches of each block: double quotes in every style, single quotes told apart from
/// apostrophes, and quotes left open at a paragraph's end that the next paragraph carries on with a new opening mark.
/// Quotes nested inside a quote belong to it and are not reported separately.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>The quoted stretches of the article, in text order.</summary>
    public static List<QuotedSegment> Scan(Article article)
    {
        var text = article.Text;
        var segments = new List<QuotedSegment>();
        for (var b = 0; b < article.Blocks.Length; b++)
        {
            var block = article.Blocks[b];
            if (block.Kind is BlockKind.Preformatted or BlockKind.Dateline)
            {
                continue;
            }

            var start = block.Range.Start;
            var end = block.Range.End;
            var previousOpen = segments.Count > 0 && segments[^1] is { IsClosed: false } last && last.BlockIndex == b - 1;
            var i = start;
            while (i < end)
            {
                // Two apostrophes stand for a double quote in some archives (''We've come close,'' said …).
                if (text[i] == '\'' && i + 1 < end && text[i + 1] == '\'' && (i == start || !char.IsLetterOrDigit(text[i - 1])))
                {
                    var pair = text.IndexOf("''", i + 2, end - i - 2, StringComparison.Ordinal);

                    // ''… 'What did he mean by that?''': a nested single quote closes first, then the pair.
                    if (pair > 0 && pair + 2 < end && text[pair + 2] == '\'')
                    {
                        pair++;
                    }

                    if (pair > i + 2)
                    {
                        segments.Add(new QuotedSegment(i, pair + 1, b, true, false));
                        i = pair + 2;
                        continue;
                    }
                }

                if (!QuoteMarks.CanOpen(text, i, start, end))
                {
                    i++;
                    continue;
                }

                var open = text[i];
                var close = FindClose(text, i, open, end);
                var continues = previousOpen && i == start && QuoteMarks.IsDoubleOpener(open);
                if (close >= 0)
                {
                    segments.Add(new QuotedSegment(i, close, b, true, continues));
                    i = close + 1;
                    continue;
                }

                // A double quote left open runs to the paragraph's end (the next paragraph may carry it on).
                if (!QuoteMarks.IsSingle(open) && CountWords(text, i + 1, end) >= 3)
                {
                    segments.Add(new QuotedSegment(i, end, b, false, continues));
                    break;
                }

                i++;
            }
        }

        return segments;
    }

    /// <summary>
    /// Whether block <paramref name="b"/> is a headline, whose quotes sell the story rather than report speech. A line
    /// the plain-text reader took for a heading because it ends on a doubled apostrophe (<c>… he said. ''This is not a
    /// joke.''</c>) is a quoted sentence of the body.
    /// </summary>
    public static bool IsHeadline(Article article, int b)
    {
        var block = article.Blocks[b];
        if (block.Kind == BlockKind.Title)
        {
            return true;
        }

        if (block.Kind != BlockKind.Heading)
        {
            return false;
        }

        var line = article.Text.AsSpan(block.Range.Start, block.Range.Length).TrimEnd();
        return !(line.EndsWith(".''", StringComparison.Ordinal) || line.EndsWith("?''", StringComparison.Ordinal)
            || line.EndsWith("!''", StringComparison.Ordinal) || line.EndsWith(",''", StringComparison.Ordinal));
    }

    private static int FindClose(string text, int open, char mark, int end)
    {
        for (var j = open + 1; j < end; j++)
        {
            var c = text[j];

            // "He is “crazy” and wrong," she said.: a curly quote opened inside a straight one closes first; its closing
            // mark does not end the outer quote, which a straight mark closes later in the paragraph or which runs on
            // to the paragraph's end ("It isn’t about “Equal Justice Under Law” anymore. …" carried on below).
            if (mark == '"' && c == '“' && text.IndexOf('”', j + 1, end - j - 1) is var nested and > 0)
            {
                j = nested;
                continue;
            }

            if (QuoteMarks.CanClose(text, j, mark, end))
            {
                return j;
            }

            if (mark == '"' && c == '"' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && char.IsWhiteSpace(text[j - 1]))
            {
                // Straight quotes: a new opening mark before any closing one means this quote was never closed.
                return -1;
            }
        }

        return -1;
    }

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
