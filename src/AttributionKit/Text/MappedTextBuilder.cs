using System.Text;

namespace AttributionKit.Text;

/// <summary>
/// Builds a main text and its <see cref="SourceMap"/> together, so that every character knows where it came from.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Segment> _segments = [];

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    /// <summary>Appends <paramref name="value"/>, copied verbatim from the source at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(ReadOnlySpan<char> value, int sourceStart)
    {
        if (value.IsEmpty)
        {
            return;
        }

        AddSegment(new SourceMap.Segment(_text.Length, value.Length, sourceStart, value.Length));
        _text.Append(value);
    }

    /// <summary>Appends text that stands for <paramref name="sourceLength"/> source characters (an entity, folded white space).</summary>
    public void AppendMapped(ReadOnlySpan<char> value, int sourceStart, int sourceLength)
    {
        if (value.IsEmpty)
        {
            return;
        }

        AddSegment(new SourceMap.Segment(_text.Length, value.Length, sourceStart, sourceLength));
        _text.Append(value);
    }

    /// <summary>Appends one character that stands for <paramref name="sourceLength"/> source characters.</summary>
    public void AppendMapped(char value, int sourceStart, int sourceLength) =>
        AppendMapped([value], sourceStart, sourceLength);

    /// <summary>Appends text the loader inserted (a block separator), which maps to no source.</summary>
    public void AppendInserted(string value) => _text.Append(value);

    /// <summary>Removes trailing characters (white space the loader decided to drop).</summary>
    public void TrimEnd(int count)
    {
        if (count <= 0)
        {
            return;
        }

        var newLength = _text.Length - count;
        _text.Length = newLength;
        while (_segments.Count > 0)
        {
            var last = _segments[^1];
            if (last.TextStart >= newLength)
            {
                _segments.RemoveAt(_segments.Count - 1);
                continue;
            }

            var keep = newLength - last.TextStart;
            if (keep < last.TextLength)
            {
                _segments[^1] = last.IsLinear
                    ? last with { TextLength = keep, SourceLength = keep }
                    : last with { TextLength = keep };
            }

            break;
        }
    }

    public override string ToString() => _text.ToString();

    /// <summary>A piece of the text built so far.</summary>
    public string ToString(int start, int length) => _text.ToString(start, length);

    public SourceMap BuildMap() => new([.. _segments]);

    private void AddSegment(SourceMap.Segment segment)
    {
        // Merge with the previous segment when both are verbatim and contiguous in text and source.
        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            if (last.IsLinear && segment.IsLinear
                && last.TextStart + last.TextLength == segment.TextStart
                && last.SourceEnd == segment.SourceStart)
            {
                _segments[^1] = last with
                {
                    TextLength = last.TextLength + segment.TextLength,
                    SourceLength = last.SourceLength + segment.SourceLength,
                };
                return;
            }
        }

        _segments.Add(segment);
    }
}
