using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using AttributionKit.Text;

namespace AttributionKit.Loading.PlainText;

/// <summary>
/// Reads a plain-text article: paragraphs are separated by blank lines, the lines of a paragraph are joined by a
/// space (hard-wrapped text reads as one sentence) unless a line ending on a word without a stop runs into a line that
/// opens like a sentence (a headline or credit above its text: EndsUnstopped), bullet lines are list items, a short line without final
/// punctuation is a heading (the first one, the title), and a leading dateline ("Monday, October 6, 2025") or a wire
/// dateline opening the first paragraph ("LAKESIDE, May 19, 2025 — …") is the document's date. The main text maps one-to-one onto the file but for the joined line breaks and trimmed indentation.
/// </summary>
internal static class PlainTextLoader
{
    // Not the en and em dashes: a line opening with one is a credit line under a pull quote ("— Dmitry Peskov"), not a bullet.
    private static readonly char[] Bullets = ['•', '*', '-', '·', '▪', '►'];

    public static Article Load(string source, string? path)
    {
        var builder = new MappedTextBuilder();
        var blocks = ImmutableArray.CreateBuilder<TextBlock>();
        var candidates = ImmutableArray.CreateBuilder<DocumentDate>();
        var lineIndex = LineIndex.Build(source);
        var lines = SplitLines(source);
        string? title = null;
        var sawBody = false;

        var i = 0;
        while (i < lines.Count)
        {
            if (IsBlank(source, lines[i]))
            {
                i++;
                continue;
            }

            // A paragraph: consecutive non-blank lines; a bullet line always starts a block of its own.
            var first = i;
            i++;
            var leadingDateline = blocks.Count == 0 && DocumentDateParser.ParseDateline(source[lines[first].Start..lines[first].End]) is not null;
            var wrapped = IsHardWrapped(source, lines, first);
            while (!leadingDateline && i < lines.Count && !IsBlank(source, lines[i]))
            {
                if (!wrapped && EndsUnstopped(source, lines[i - 1], lines[i]))
                {
                    break;
                }

                if (IsBullet(source, lines[i]))
                {
                    // "“Fix the pier.”\n- Dana Holt": a hyphen line naming whoever said the quote that ends the line
                    // before it is the quote's credit, which closes the paragraph, not a list item.
                    if (IsCreditAfterQuote(source, lines[i - 1], lines[i]))
                    {
                        i++;
                    }

                    break;
                }

                i++;
            }

            var paragraph = lines.GetRange(first, i - first);
            var firstLine = Trimmed(source, paragraph[0]);
            var kind = Classify(source, paragraph, firstLine, ref title, sawBody, blocks.Count == 0 && candidates.Count == 0, out var dateline);
            if (dateline is { } date)
            {
                var span = lineIndex.GetSpan(firstLine.Start, firstLine.End);
                candidates.Add(new DocumentDate(date, null, null, DocumentDateSource.Dateline, "dateline", DocumentDateRole.Unspecified, source[firstLine.Start..firstLine.End], span));
            }

            // A wire dateline opening the first paragraph ("LAKESIDE, May 19, 2025 — The council…") dates the story
            // when no line of its own did.
            if (kind is BlockKind.Paragraph && !sawBody && candidates.Count == 0
                && DocumentDateParser.ParseWireDateline(source[firstLine.Start..firstLine.End]) is { } wire)
            {
                candidates.Add(new DocumentDate(wire.Date, null, null, DocumentDateSource.Dateline, "dateline", DocumentDateRole.Unspecified, wire.Text, lineIndex.GetSpan(firstLine.Start, firstLine.Start + wire.Text.Length)));
            }

            if (kind is BlockKind.Paragraph or BlockKind.ListItem)
            {
                sawBody = true;
            }

            if (builder.Length > 0)
            {
                builder.AppendInserted("\n\n");
            }

            var start = builder.Length;
            for (var k = 0; k < paragraph.Count; k++)
            {
                var line = Trimmed(source, paragraph[k]);
                if (k == 0 && kind == BlockKind.ListItem)
                {
                    // The bullet is layout, not text.
                    line.Start++;
                    while (line.Start < line.End && char.IsWhiteSpace(source[line.Start]))
                    {
                        line.Start++;
                    }
                }

                if (k > 0)
                {
                    // The line break (and indentation) between two lines of a paragraph reads as one space.
                    var previous = Trimmed(source, paragraph[k - 1]);
                    builder.AppendMapped(" ", previous.End, line.Start - previous.End);
                }

                builder.AppendVerbatim(source.AsSpan(line.Start, line.End - line.Start), line.Start);
            }

            blocks.Add(new TextBlock(kind, new TextRange(start, builder.Length), kind == BlockKind.ListItem ? 1 : 0, -1));
        }

        var published = candidates.Count > 0 ? candidates[0] : null;
        var metadata = new DocumentMetadata(
            title, [], null, null, null, published,
            published is null ? null : "the leading dateline of the text",
            candidates.ToImmutable());
        return new Article(path, ArticleFormat.Text, source, lineIndex, builder.ToString(), builder.BuildMap(), blocks.ToImmutable(), [], metadata);
    }

    private static BlockKind Classify(string source, List<(int Start, int End)> paragraph, (int Start, int End) firstLine, ref string? title, bool sawBody, bool isFirst, out DateOnly? dateline)
    {
        dateline = null;
        var text = source[firstLine.Start..firstLine.End];
        if (paragraph.Count == 1 && isFirst && DocumentDateParser.ParseDateline(text) is { } date)
        {
            dateline = date;
            return BlockKind.Dateline;
        }

        if (IsBullet(source, paragraph[0]))
        {
            return BlockKind.ListItem;
        }

        var last = text.Length > 0 ? text[^1] : '.';
        // A short line without a closing stop is a heading, unless a sentence ends on a full stop inside it: "The note
        // was pinned to the door. “Fix the pier.” — Dana Holt" is prose whose last word is a name; "What next? Council
        // weighs the pier" is still a headline.
        if (paragraph.Count == 1 && text.Length <= 150 && !".!?:;,\"”’)…".Contains(last, StringComparison.Ordinal)
            && !HoldsFullStop(text))
        {
            if (title is null && !sawBody && text.Length >= 20)
            {
                title = text;
                return BlockKind.Title;
            }

            return BlockKind.Heading;
        }

        return BlockKind.Paragraph;
    }

    private static bool HoldsFullStop(string text)
    {
        var start = 0;
        while (SentenceSegmenter.FirstEnd(text, start, text.Length) is { } end)
        {
            if (text.AsSpan(start, end.End - start).TrimEnd("\"'”’»)]").EndsWith(".", StringComparison.Ordinal))
            {
                return true;
            }

            start = end.Next;
        }

        // The last sentence, which the segmenter leaves open at the line's end, counts when it is a whole quoted
        // sentence a cue and comma lead into: "Holt said, ''The pier will close.''". A line that is only a quote
        // ("'Pretty cool working there.'"), a colon lead-in ("Holt: 'The pier must close.'") or one ending on a woven
        // fragment ("… gave his charity 'hundreds of thousands.'") is how headlines quote.
        var last = text.AsSpan(start).TrimEnd();
        return last.TrimEnd("\"'”’»)]").EndsWith(".", StringComparison.Ordinal) && OpensQuoteAfterLeadIn(last);
    }

    // The first opening quote mark (one after a space, so no apostrophe) follows a comma.
    private static bool OpensQuoteAfterLeadIn(ReadOnlySpan<char> sentence)
    {
        for (var i = 1; i < sentence.Length; i++)
        {
            if ("\"'“‘«„".Contains(sentence[i]) && char.IsWhiteSpace(sentence[i - 1]))
            {
                var before = sentence[..i].TrimEnd();
                return before.Length > 0 && before[^1] == ',';
            }
        }

        return false;
    }

    // "Holt Says The Pier Must Close\nDana Holt said on Monday that …", "“Fix the pier.” ― Dana Holt\n“Not yet.” ― Nora
    // Vale": a line that ends on a word, with no stop, comma or dash after it, and a next line that opens like a
    // sentence (a capital or an opening quote) are a headline or credit and the text under it, not one sentence
    // broken over two lines; the line ends its paragraph. Not in a hard-wrapped paragraph (IsHardWrapped), and not
    // after a bare number ("7\n“Harbour Days” Star Sails Home" numbers the line it stands above).
    private static bool EndsUnstopped(string source, (int Start, int End) line, (int Start, int End) next)
    {
        var above = Trimmed(source, line);
        var below = Trimmed(source, next);
        var aboveText = source.AsSpan(above.Start, above.End - above.Start);
        return !aboveText.IsEmpty && below.End > below.Start && char.IsLetter(aboveText[^1])
            && (char.IsUpper(source[below.Start]) || source[below.Start] is '“' or '"' or '”')
            && (IsTitleCased(aboveText) || EndsWithDashCredit(aboveText));
    }

    // "“Fix the pier.” ― Dana Holt": the line ends on a dash and the capitalised words of a name.
    private static bool EndsWithDashCredit(ReadOnlySpan<char> line)
    {
        var dash = line.LastIndexOfAny('―', '—', '–');
        if (dash < 0)
        {
            return false;
        }

        var credit = line[(dash + 1)..].Trim();
        return credit.Length > 0 && IsTitleCased(credit) && char.IsUpper(credit[0]);
    }

    // How many of a line's longer words must be capitalised for it to read as a headline or a credit.
    private const double TitleCaseShare = 0.6;

    // "Holt Says She Would Close The Pier": most words longer than three letters are capitalised in a headline; a line of
    // running text wrapped by width before a name ("The council heard from Mayor\nDana Holt") is not, so its sentence
    // carries on.
    private static bool IsTitleCased(ReadOnlySpan<char> line)
    {
        var words = 0;
        var capitalised = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            if (i - start > 3)
            {
                words++;
                capitalised += char.IsUpper(line[start]) ? 1 : 0;
            }
        }

        return words > 0 && capitalised >= TitleCaseShare * words;
    }

    // "The pier will close next\nweek, the mayor said": a paragraph in which some line breaks off in mid-sentence (a
    // line without a stop before one that opens in lower case) is wrapped by width, so a capital after a line without a
    // stop ("met Mayor\nDana Holt") carries its sentence on as well.
    private static bool IsHardWrapped(string source, List<(int Start, int End)> lines, int first)
    {
        for (var k = first + 1; k < lines.Count && !IsBlank(source, lines[k]); k++)
        {
            var above = Trimmed(source, lines[k - 1]);
            var below = Trimmed(source, lines[k]);
            if (!".!?:;\"”’)…".Contains(source[above.End - 1], StringComparison.Ordinal) && char.IsLower(source[below.Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBullet(string source, (int Start, int End) line)
    {
        var t = Trimmed(source, line);
        return t.End - t.Start >= 2 && Bullets.Contains(source[t.Start]) && char.IsWhiteSpace(source[t.Start + 1]);
    }

    // Whether line is "- Dana Holt" or "- Dana Holt, harbour master" under a line that ends on a closing quote: a hyphen,
    // one to five capitalised words, then at most a comma and a short description.
    private static bool IsCreditAfterQuote(string source, (int Start, int End) previous, (int Start, int End) line)
    {
        var above = Trimmed(source, previous);
        var t = Trimmed(source, line);
        if (above.End <= above.Start || source[above.End - 1] is not ('”' or '"' or '’' or '\'' or '»') || source[t.Start] != '-')
        {
            return false;
        }

        var credit = source[(t.Start + 1)..t.End].Trim().TrimEnd('.');
        var comma = credit.IndexOf(',', StringComparison.Ordinal);
        var name = (comma < 0 ? credit : credit[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var description = comma < 0 ? "" : credit[(comma + 1)..].Trim();
        return name.Length is > 0 and <= 5 && name.All(w => char.IsUpper(w[0]))
            && !description.Any(c => c is '.' or '!' or '?' or ';' or ':' or '"' or '”' or '“') && description.Count(c => c == ' ') < 8;
    }

    private static bool IsBlank(string source, (int Start, int End) line) => Trimmed(source, line).Start == Trimmed(source, line).End;

    private static (int Start, int End) Trimmed(string source, (int Start, int End) line)
    {
        var (s, e) = line;
        while (s < e && char.IsWhiteSpace(source[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(source[e - 1]))
        {
            e--;
        }

        return (s, e);
    }

    private static List<(int Start, int End)> SplitLines(string source)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n' || source[i] == '\r')
            {
                lines.Add((start, i));
                if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < source.Length)
        {
            lines.Add((start, source.Length));
        }

        return lines;
    }
}
