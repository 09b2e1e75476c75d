namespace AttributionKit.Loading.Html;

/// <summary>
/// Finds where the DOM's decoded text stands in the raw HTML. Text nodes carry no source position, so a cursor
/// walks forward through the source from the last element start: it skips tags, comments and raw-text elements
/// (script, style), decodes character references, matches white space runs as runs (CRLF included) and, when the
/// DOM and the source disagree (the parser moved or dropped something), resynchronises with a bounded search.
/// </summary>
internal sealed class SourceAligner(string source)
{
    private const int ResyncWindow = 64 * 1024;

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    private readonly string _source = source;

    /// <summary>The cursor: the source offset the next text is looked for from.</summary>
    public int Position { get; private set; }

    /// <summary>Moves the cursor to an element's start when that is ahead (the parser may reorder, the cursor never goes back).</summary>
    public void SeekElement(int sourceStart)
    {
        if (sourceStart > Position && sourceStart <= _source.Length)
        {
            Position = sourceStart;
        }
    }

    /// <summary>Appends a text node's data to <paramref name="writer"/>, each piece mapped to its source.</summary>
    public void Append(string data, BlockWriter writer)
    {
        var src = _source;
        var pos = Position;
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < data.Length && char.IsWhiteSpace(data[i]))
                {
                    i++;
                }

                while (pos < src.Length && src[pos] == '<' && TrySkipMarkup(ref pos))
                {
                }

                var start = pos;
                while (pos < src.Length)
                {
                    if (char.IsWhiteSpace(src[pos]))
                    {
                        pos++;
                    }
                    else if (src[pos] == '&' && HtmlEntities.TryDecode(src, pos, out var ws, out var wsLength) && ws.Length > 0 && char.IsWhiteSpace(ws[0]))
                    {
                        pos += wsLength;
                    }
                    else
                    {
                        break;
                    }
                }

                writer.AddSpace(start, pos - start);
                continue;
            }

            if (IsInvisible(c))
            {
                // Soft hyphens and zero-width marks are not part of the words a reader sees (or searches for):
                // dropped from the text, stepped over in the source.
                i++;
                while (pos < src.Length && src[pos] == '<' && TrySkipMarkup(ref pos))
                {
                }

                if (pos < src.Length && src[pos] == c)
                {
                    pos++;
                }
                else if (pos < src.Length && src[pos] == '&' && HtmlEntities.TryDecode(src, pos, out var mark, out var markLength) && mark.Length == 1 && mark[0] == c)
                {
                    pos += markLength;
                }

                continue;
            }

            if (pos >= src.Length)
            {
                EmitUnaligned(data, i, Math.Max(0, src.Length - 1), writer);
                i = data.Length;
                break;
            }

            var s = src[pos];
            if (s == '<' && TrySkipMarkup(ref pos))
            {
                continue;
            }

            if (s == '&' && HtmlEntities.TryDecode(src, pos, out var decoded, out var length) && data.AsSpan(i).StartsWith(decoded, StringComparison.Ordinal))
            {
                if (decoded.Length == 1 && char.IsWhiteSpace(decoded[0]))
                {
                    // &nbsp; and friends are white space: handled above on the next round.
                    writer.AddSpace(pos, length);
                }
                else
                {
                    writer.AddMapped(decoded, pos, length);
                }

                i += decoded.Length;
                pos += length;
                continue;
            }

            if (s == c)
            {
                var k = 1;
                while (i + k < data.Length && pos + k < src.Length && src[pos + k] == data[i + k]
                    && !char.IsWhiteSpace(data[i + k]) && src[pos + k] != '<' && src[pos + k] != '&' && !IsInvisible(data[i + k]))
                {
                    k++;
                }

                writer.AddVerbatim(data.AsSpan(i, k), pos);
                i += k;
                pos += k;
                continue;
            }

            if (char.IsWhiteSpace(s))
            {
                pos++;
                continue;
            }

            if (s == '\0' && c == '\uFFFD')
            {
                writer.AddMapped("\uFFFD", pos, 1);
                i++;
                pos++;
                continue;
            }

            if (Resync(data, i, pos) is { } found)
            {
                pos = found;
                continue;
            }

            // The text is not in the source as such (the parser made it up, or it is too far): keep the text,
            // pinned to where the cursor stands.
            EmitUnaligned(data, i, pos, writer);
            i = data.Length;
        }

        Position = pos;
    }

    private static void EmitUnaligned(string data, int from, int anchor, BlockWriter writer)
    {
        var i = from;
        while (i < data.Length)
        {
            if (char.IsWhiteSpace(data[i]))
            {
                while (i < data.Length && char.IsWhiteSpace(data[i]))
                {
                    i++;
                }

                writer.AddSpace(anchor, 0);
                continue;
            }

            if (IsInvisible(data[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < data.Length && !char.IsWhiteSpace(data[i]) && !IsInvisible(data[i]))
            {
                i++;
            }

            writer.AddMapped(data.Substring(start, i - start), anchor, 0);
        }
    }

    /// <summary>Soft hyphen, zero-width space, word joiner, zero-width no-break space (a stray byte-order mark).</summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Looks a little ahead in the source for the next words of the text.</summary>
    private int? Resync(string data, int i, int pos)
    {
        var end = i;
        while (end < data.Length && end - i < 24 && !char.IsWhiteSpace(data[end]) && data[end] is not ('&' or '<' or '>' or '"' or '\'') && data[end] < 0x80)
        {
            end++;
        }

        if (end - i < 2)
        {
            return null;
        }

        var window = Math.Min(ResyncWindow, _source.Length - pos);
        var at = _source.IndexOf(data.Substring(i, end - i), pos, window, StringComparison.Ordinal);
        return at >= 0 ? at : null;
    }

    /// <summary>Skips a tag, comment, declaration or raw-text element at <paramref name="pos"/>; false when the '&lt;' is text.</summary>
    private bool TrySkipMarkup(ref int pos)
    {
        var src = _source;
        if (pos + 1 >= src.Length)
        {
            return false;
        }

        var next = src[pos + 1];
        if (next == '!')
        {
            if (string.CompareOrdinal(src, pos, "<!--", 0, 4) == 0)
            {
                var close = src.IndexOf("-->", pos + 4, StringComparison.Ordinal);
                pos = close < 0 ? src.Length : close + 3;
                return true;
            }

            if (string.CompareOrdinal(src, pos, "<![CDATA[", 0, 9) == 0)
            {
                var close = src.IndexOf("]]>", pos + 9, StringComparison.Ordinal);
                pos = close < 0 ? src.Length : close + 3;
                return true;
            }

            var gt = src.IndexOf('>', pos + 2);
            pos = gt < 0 ? src.Length : gt + 1;
            return true;
        }

        if (next == '?')
        {
            var gt = src.IndexOf('>', pos + 2);
            pos = gt < 0 ? src.Length : gt + 1;
            return true;
        }

        var closing = next == '/';
        var nameStart = pos + (closing ? 2 : 1);
        if (nameStart >= src.Length || !char.IsAsciiLetter(src[nameStart]))
        {
            return false;
        }

        var nameEnd = nameStart;
        while (nameEnd < src.Length && (char.IsAsciiLetterOrDigit(src[nameEnd]) || src[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }

        // To the end of the tag, stepping over quoted attribute values.
        var p = nameEnd;
        while (p < src.Length && src[p] != '>')
        {
            if (src[p] is '"' or '\'' && p > 0 && src[p - 1] == '=' || (src[p] is '"' or '\'' && p > 1 && src[p - 1] == ' ' && src[p - 2] == '='))
            {
                var quote = src[p];
                var close = src.IndexOf(quote, p + 1);
                p = close < 0 ? src.Length : close + 1;
                continue;
            }

            p++;
        }

        pos = Math.Min(src.Length, p + 1);
        if (!closing)
        {
            var name = src.AsSpan(nameStart, nameEnd - nameStart);
            foreach (var raw in RawTextElements)
            {
                if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
                {
                    var close = src.IndexOf("</" + raw, pos, StringComparison.OrdinalIgnoreCase);
                    if (close >= 0)
                    {
                        var gt = src.IndexOf('>', close);
                        pos = gt < 0 ? src.Length : gt + 1;
                    }

                    break;
                }
            }
        }

        return true;
    }
}
