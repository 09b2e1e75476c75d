namespace AttributionKit;

/// <summary>
/// A half-open range <c>[Start, End)</c> of character offsets into an article's extracted main text
/// (<see cref="Model.Article.Text"/>).
/// </summary>
/// <remarks>
/// Extractors and rules work on the main text; <see cref="Model.Article.GetSourceSpan(TextRange)"/> turns a range
/// into a <see cref="SourceSpan"/> in the original file.
/// </remarks>
public readonly struct TextRange : IEquatable<TextRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first offset, inclusive.</param>
    /// <param name="end">The last offset, exclusive; not less than <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextRange(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The first offset, inclusive.</summary>
    public int Start { get; }

    /// <summary>The offset just past the range.</summary>
    public int End { get; }

    /// <summary>The number of characters in the range.</summary>
    public int Length => End - Start;

    /// <summary>Whether the range holds no characters.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Whether <paramref name="offset"/> lies inside the range.</summary>
    /// <param name="offset">A character offset.</param>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    /// <param name="other">Another range.</param>
    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two ranges share at least one character.</summary>
    /// <param name="other">Another range.</param>
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    /// <summary>The smallest range that covers both ranges.</summary>
    /// <param name="other">Another range.</param>
    public TextRange Union(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc />
    public bool Equals(TextRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats the range as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Compares two ranges for equality.</summary>
    public static bool operator ==(TextRange left, TextRange right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    public static bool operator !=(TextRange left, TextRange right) => !left.Equals(right);
}
