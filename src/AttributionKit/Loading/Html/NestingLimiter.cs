namespace AttributionKit.Loading.Html;

/// <summary>
/// Keeps pathological nesting (100,000 nested <c>&lt;div&gt;</c>s) away from the parser, whose tree building slows
/// down with depth: one linear scan finds tags nested deeper than the limit and blanks them out with spaces of the
/// same length, so the text between them stays where it was and every source offset keeps its meaning.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>Deeper than this, tags are blanked. Real pages stay well below (a few dozen levels).</summary>
    public const int MaximumDepth = 400;

    private static readonly string[] VoidElements =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command",
    ];

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"];

    // Elements whose end tag may be left out: the parser closes an open one when the next begins (a new <p>, <li>,
    // <td>), so a run of them left unclosed is a run of siblings. Counting them as depth would blank the tags of a long
    // old-style page (600 unclosed <p>s) and merge its paragraphs. Real nesting of them goes through a container
    // (<ul>, <table>, <div>) that is counted.
    private static readonly string[] OptionalEndElements =
    [
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    ];

    /// <summary>The source with tags deeper than <see cref="MaximumDepth"/> blanked, or the source itself when none are.</summary>
    public static string Limit(string source)
    {
        char[]? copy = null;
        var depth = 0;
        var i = 0;
        while (i < source.Length)
        {
            var lt = source.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= source.Length)
            {
                break;
            }

            var next = source[lt + 1];
            if (next == '!')
            {
                var close = string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0 ? source.IndexOf("-->", lt + 4, StringComparison.Ordinal) : source.IndexOf('>', lt);
                i = close < 0 ? source.Length : close + 1;
                continue;
            }

            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= source.Length || !char.IsAsciiLetter(source[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var gt = source.IndexOf('>', nameEnd);
            var end = gt < 0 ? source.Length : gt + 1;
            var name = source.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = gt > 0 && source[gt - 1] == '/';
            if (IsOneOf(name, VoidElements) || (selfClosing && !closing) || IsOneOf(name, OptionalEndElements))
            {
                i = end;
                continue;
            }

            if (closing)
            {
                if (depth > MaximumDepth)
                {
                    Blank(source, ref copy, lt, end);
                }

                depth = Math.Max(0, depth - 1);
                i = end;
                continue;
            }

            depth++;
            if (depth > MaximumDepth)
            {
                Blank(source, ref copy, lt, end);
            }

            i = end;
            if (IsOneOf(name, RawTextElements))
            {
                var close = source.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? source.Length : close;
            }
        }

        return copy is null ? source : new string(copy);
    }

    private static void Blank(string source, ref char[]? copy, int start, int end)
    {
        copy ??= source.ToCharArray();
        for (var k = start; k < end; k++)
        {
            if (copy[k] is not ('\n' or '\r'))
            {
                copy[k] = ' ';
            }
        }
    }

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var n in names)
        {
            if (name.Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
