namespace AttributionKit.Text;

/// <summary>
/// Maps offsets in an article's extracted main text back to offsets in the original file.
/// </summary>
/// <remarks>
/// The main text is built from pieces of the source: runs copied verbatim (mapped one to one), characters
/// that stand for a longer piece of source (an entity such as <c>&amp;rsquo;</c>, a collapsed run of white
/// space), and characters the loader inserted (block separators), which map to nothing. Runs are stored in
/// text order, so a lookup is a binary search.
/// </remarks>
internal sealed class SourceMap
{
    private readonly Segment[] _segments;

    internal SourceMap(Segment[] segments)
    {
        _segments = segments;
    }

    /// <summary>An identity map for a text that is its own source.</summary>
    public static SourceMap Identity(int length) =>
        new(length == 0 ? [] : [new Segment(0, length, 0, length)]);

    /// <summary>The source offset where the text character at <paramref name="textOffset"/> starts.</summary>
    public int MapStart(int textOffset)
    {
        if (_segments.Length == 0)
        {
            return 0;
        }

        var i = FindSegment(textOffset);
        if (i < 0)
        {
            // Before the first segment, or in a gap of inserted characters: the next real character.
            var next = ~i;
            return next < _segments.Length ? _segments[next].SourceStart : _segments[^1].SourceEnd;
        }

        var s = _segments[i];
        return s.IsLinear ? s.SourceStart + (textOffset - s.TextStart) : s.SourceStart;
    }

    /// <summary>The source offset just past the text character before <paramref name="textEnd"/>.</summary>
    public int MapEnd(int textEnd)
    {
        if (_segments.Length == 0)
        {
            return 0;
        }

        if (textEnd <= 0)
        {
            return _segments[0].SourceStart;
        }

        var i = FindSegment(textEnd - 1);
        if (i < 0)
        {
            // The last character is an inserted one: end where the previous real character ended.
            var previous = ~i - 1;
            return previous >= 0 ? _segments[previous].SourceEnd : _segments[0].SourceStart;
        }

        var s = _segments[i];
        return s.IsLinear ? s.SourceStart + (textEnd - s.TextStart) : s.SourceEnd;
    }

    /// <summary>Index of the segment holding <paramref name="textOffset"/>, or the complement of the next one.</summary>
    private int FindSegment(int textOffset)
    {
        int lo = 0, hi = _segments.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = _segments[mid];
            if (textOffset < s.TextStart)
            {
                hi = mid - 1;
            }
            else if (textOffset >= s.TextStart + s.TextLength)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return ~lo;
    }

    /// <summary>A run of main text and the source it came from.</summary>
    internal readonly record struct Segment(int TextStart, int TextLength, int SourceStart, int SourceLength)
    {
        public bool IsLinear => TextLength == SourceLength;

        public int SourceEnd => SourceStart + SourceLength;
    }
}
