namespace AttributionKit.Text;

/// <summary>
/// Turns character offsets of a text into 1-based line and column numbers.
/// </summary>
/// <remarks>
/// Built once per file in one pass; each lookup is a binary search over line starts. A line ends at
/// <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as editors count them.
/// </remarks>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    private LineIndex(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>Number of lines (a text without a line break has one).</summary>
    public int LineCount => _lineStarts.Length;

    public static LineIndex Build(string text)
    {
        var starts = new List<int>(capacity: Math.Max(16, text.Length / 40)) { 0 };
        var span = text.AsSpan();

        // A vectorised search for the next line break: an HTML source runs to hundreds of kilobytes, and this was a
        // per-character loop over all of it.
        for (var i = span.IndexOfAny('\r', '\n'); i >= 0;)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return new LineIndex(starts.ToArray(), text.Length);
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (clamped to the text).</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];

    /// <summary>The span for the source offsets <c>[start, end)</c>.</summary>
    public SourceSpan GetSpan(int start, int end)
    {
        var (line, column) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(end);
        return new SourceSpan(start, end, line, column, endLine, endColumn);
    }
}
