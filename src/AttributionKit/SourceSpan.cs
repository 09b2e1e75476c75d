namespace AttributionKit;

/// <summary>
/// Where something stands in the original file: character offsets (end exclusive) and 1-based line and column
/// of its first character and of the position just past its last character.
/// </summary>
/// <remarks>
/// Offsets index the file's text as decoded (UTF-16 code units, the unit SARIF uses by default). Columns count
/// UTF-16 code units from the start of the line, starting at 1. For an HTML file the span points into the HTML
/// source, so an editor can open the file at <see cref="Line"/>:<see cref="Column"/>.
/// </remarks>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset just past the last character.</param>
    /// <param name="line">1-based line of <paramref name="start"/>.</param>
    /// <param name="column">1-based column of <paramref name="start"/>.</param>
    /// <param name="endLine">1-based line of <paramref name="end"/>.</param>
    /// <param name="endColumn">1-based column of <paramref name="end"/> (exclusive end).</param>
    public SourceSpan(int start, int end, int line, int column, int endLine, int endColumn)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>Offset of the first character in the file's text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the first character.</summary>
    public int Column { get; }

    /// <summary>1-based line of <see cref="End"/>.</summary>
    public int EndLine { get; }

    /// <summary>1-based column of <see cref="End"/>: one past the last character.</summary>
    public int EndColumn { get; }

    /// <summary>The number of source characters covered.</summary>
    public int Length => End - Start;

    /// <inheritdoc />
    public bool Equals(SourceSpan other) =>
        Start == other.Start && End == other.End && Line == other.Line && Column == other.Column
        && EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Line, Column, EndLine, EndColumn);

    /// <summary>Formats the span as <c>line:column-endLine:endColumn</c>.</summary>
    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";

    /// <summary>Compares two spans for equality.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
