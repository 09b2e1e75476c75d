using System.Text.RegularExpressions;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds block quotes and pull quotes: blocks of a <c>&lt;blockquote&gt;</c> or Markdown <c>&gt;</c> quote with their
/// <c>&lt;cite&gt;</c> or dash line, and in plain text a paragraph that is only a quote followed by a short credit line
/// (<c>“…” — President Zelenskyy on X</c>, on the same line or the next) or a credit line inside its marks
/// (<see cref="InQuoteCreditLine"/>).
/// </summary>
internal static partial class PullQuoteFinder
{
    /// <summary>The article's block and pull quotes, in text order.</summary>
    public static List<PullQuote> Find(Article article, IReadOnlyList<QuotedSegment> segments)
    {
        var text = article.Text;
        var blocks = article.Blocks;
        var found = new List<PullQuote>();
        var consumed = new HashSet<int>();

        foreach (var group in Enumerable.Range(0, blocks.Length).Where(b => blocks[b].QuoteGroup >= 0).GroupBy(b => blocks[b].QuoteGroup))
        {
            var quoteBlocks = group.Where(b => blocks[b].Kind == BlockKind.BlockQuote).ToList();
            if (quoteBlocks.Count == 0)
            {
                continue;
            }

            var quoted = quoteBlocks.Select(b => QuotedText(text, blocks[b].Range, segments.Where(s => s.BlockIndex == b).ToList())).ToList();

            // "> “We have,” Holt said, “no intention of backing down.”": a block quote whose quote runs on into a
            // sentence of its own is the article quoting someone in an indented paragraph, not a pull quote; the
            // ordinary reading finds its speaker and cue there.
            if (!group.Any(b => blocks[b].Kind == BlockKind.Citation)
                && quoted.Any(q => q.Remainder is { } r && !IsCreditPlace(text, q.Outer, r)))
            {
                continue;
            }

            var draft = new QuoteDraft { Kind = QuoteKind.Block, BlockIndex = quoteBlocks[0] };
            AttributionLine? line = null;
            foreach (var (inner, outer, rest) in quoted)
            {
                draft.Add(inner, outer);
                if (rest is { } r && IsCreditPlace(text, outer, r))
                {
                    line = AttributionLineParser.Parse(text, WithoutLeadingStop(text, r)) ?? line;
                }
            }

            foreach (var b in group.Where(b => blocks[b].Kind == BlockKind.Citation))
            {
                line ??= AttributionLineParser.Parse(text, blocks[b].Range);
                // An embedded post's credit names no platform, but its date links to the post there
                // ("— Dana Holt (@danaholt) <a href="https://x.com/…/status/1">May 4, 2025</a>").
                if (line is { Venue: null } && PlatformLinkedIn(article, blocks[b].Range) is { } platform)
                {
                    line = line with { Venue = platform };
                }
            }

            var taken = group.ToHashSet();

            // A credit written as the paragraph after the block quote (<p>— Name, Role (Outlet)</p>).
            var next = group.Max() + 1;
            if (line is null && next < blocks.Length && blocks[next].QuoteGroup < 0 && IsCreditBlock(article, next)
                && AttributionLineParser.Parse(text, blocks[next].Range) is { } after)
            {
                line = after;
                taken.Add(next);
            }

            found.Add(new PullQuote(draft, line, taken));
            consumed.UnionWith(taken);
        }

        for (var b = 0; b < blocks.Length; b++)
        {
            // A short quote line with its credit may read as a heading to the plain-text loader: it has no final stop.
            var kind = blocks[b].Kind;
            if (consumed.Contains(b) || kind is not (BlockKind.Paragraph or BlockKind.ListItem or BlockKind.BlockQuote or BlockKind.Caption or BlockKind.Heading))
            {
                continue;
            }

            var blockSegments = segments.Where(s => s.BlockIndex == b).ToList();
            if (blockSegments.Count == 0 || !blockSegments[0].IsClosed || !IsBlankBetween(text, blocks[b].Range.Start, blockSegments[0].Open))
            {
                continue;
            }

            var (inner, outer, rest) = QuotedText(text, blocks[b].Range, blockSegments);
            if (inner.IsEmpty)
            {
                continue;
            }

            AttributionLine? line = null;
            var taken = new HashSet<int> { b };
            // “A.” ― Ann /“B.” ― Tom: a credit line holds one credit, not the next quote and its own.
            if (rest is { } r && AttributionLineParser.IsDash(text[r.Start]) && !HoldsAnotherQuote(text, r, blockSegments))
            {
                line = AttributionLineParser.Parse(text, r);
            }
            else if (rest is null && b + 1 < blocks.Length && IsCreditBlock(article, b + 1))
            {
                line = AttributionLineParser.Parse(text, blocks[b + 1].Range);
                taken.Add(b + 1);
            }
            else if (rest is null && InQuoteCreditLine.Find(text, inner, i => SourceLineBreak.At(article, i)) is { } credit)
            {
                line = credit.Line;
                inner = credit.Quoted;
                outer = new TextRange(outer.Start, credit.Quoted.End);
            }

            if (line is null)
            {
                continue;
            }

            var draft = new QuoteDraft { Kind = QuoteKind.Block, BlockIndex = b };
            draft.Add(inner, outer);
            found.Add(new PullQuote(draft, line, taken));
            consumed.UnionWith(taken);
        }

        found.Sort((x, y) => x.Draft.Range.Start.CompareTo(y.Draft.Range.Start));
        return found;
    }

    private static string? PlatformLinkedIn(Article article, TextRange range) =>
        article.Links.Where(l => range.Contains(l.Anchor.Range))
            .Select(l => OutletGazetteer.Default.LookupHost(l.Host))
            .FirstOrDefault(e => e is { Kind: OutletKind.Platform })?.Name;

    // What follows a block's quote can credit it when it opens with a dash, starts a line of its own
    // ("“…”<br>Dana Holt, mayor") or is a bare name after the stop some styles put outside the marks
    // ("“… ours”. Dana Holt, mayor."); on the quote's own line it is otherwise the rest of a sentence
    // ("“The pier stays open,” Dana Holt said").
    private static bool IsCreditPlace(string text, TextRange quote, TextRange rest) =>
        AttributionLineParser.IsDash(text[rest.Start]) || text.AsSpan(quote.End, rest.Start - quote.End).Contains('\n')
        || (text[rest.Start] == '.' && IsBareName(text, WithoutLeadingStop(text, rest)));

    private static TextRange WithoutLeadingStop(string text, TextRange rest)
    {
        var start = rest.Start;
        while (start < rest.End && (text[start] == '.' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        return new TextRange(start, rest.End);
    }

    // A name up to the first comma, every word of it capitalised ("Dana Holt, mayor"), not a sentence ("She said so").
    private static bool IsBareName(string text, TextRange range)
    {
        var comma = text.IndexOf(',', range.Start, range.Length);
        var name = WordTokenizer.Tokenize(text, range.Start, comma < 0 ? range.End : comma);
        return name.Count is > 0 and <= 5 && name.All(w => w.IsCapitalized);
    }

    private static bool HoldsAnotherQuote(string text, TextRange rest, List<QuotedSegment> blockSegments) =>
        blockSegments.Any(s => s.Open > rest.Start && s.Open < rest.End && text.AsSpan(rest.Start + 1, s.Open - rest.Start - 1).ContainsAny("―—–/"));

    // The quoted words of a quote block (without its marks, when it has them) and whatever follows the quote.
    private static (TextRange Inner, TextRange Outer, TextRange? Remainder) QuotedText(string text, TextRange block, List<QuotedSegment> blockSegments)
    {
        var start = block.Start;
        while (start < block.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (blockSegments.Count > 0 && blockSegments[0].Open == start && blockSegments[0].IsClosed)
        {
            // Several quoted sentences in a row make one quote ("“A.” “B.”").
            var last = 0;
            while (last + 1 < blockSegments.Count && blockSegments[last + 1].IsClosed
                && IsBlankBetween(text, blockSegments[last].Close + 1, blockSegments[last + 1].Open))
            {
                last++;
            }

            var inner = blockSegments[0].Inner(text).Union(blockSegments[last].Inner(text));
            var outer = blockSegments[0].Outer.Union(blockSegments[last].Outer);
            var restStart = outer.End;
            while (restStart < block.End && char.IsWhiteSpace(text[restStart]))
            {
                restStart++;
            }

            return (inner, outer, restStart < block.End ? new TextRange(restStart, block.End) : null);
        }

        var end = WithoutTrailingLink(text, start, block.End);
        return (new TextRange(start, end), new TextRange(start, end), null);
    }

    // An embedded post ends on the link to its picture or page ("… tonight! pic.twitter.com/abc", "https://t.co/x"):
    // the address is not part of what was said.
    private static int WithoutTrailingLink(string text, int start, int end)
    {
        while (true)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var wordStart = end;
            while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == start || !TrailingLink().IsMatch(text.AsSpan(wordStart, end - wordStart)))
            {
                return end;
            }

            end = wordStart;
        }
    }

    private static bool IsCreditBlock(Article article, int b)
    {
        var block = article.Blocks[b];
        if (block.Kind == BlockKind.Citation)
        {
            return true;
        }

        var text = article.Text;
        if (block.Range.Length > 160)
        {
            return false;
        }

        if (AttributionLineParser.IsDash(text[block.Range.Start]))
        {
            return true;
        }

        // A bullet the plain-text loader took as layout: look at the file itself.
        var source = article.Source;
        var i = article.GetSourceSpan(block.Range).Start - 1;
        while (i >= 0 && source[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && AttributionLineParser.IsDash(source[i]);
    }

    private static bool IsBlankBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:https?://\S+|(?:pic\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co|org|net|ly|me|app|social)/\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLink();
}
