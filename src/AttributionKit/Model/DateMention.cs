namespace AttributionKit.Model;

/// <summary>A date or time expression in the text, resolved against the document's own date.</summary>
public sealed class DateMention
{
    internal DateMention(
        string text,
        TextRange range,
        SourceSpan span,
        DateMentionType type,
        string? value,
        bool isRelative,
        DateOnly? start,
        DateOnly? end)
    {
        Text = text;
        Range = range;
        Span = span;
        Type = type;
        Value = value;
        IsRelative = isRelative;
        Start = start;
        End = end;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>Where the expression stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>Where the expression stands in the original file.</summary>
    public SourceSpan Span { get; }

    /// <summary>The kind of expression.</summary>
    public DateMentionType Type { get; }

    /// <summary>
    /// The resolved value: an ISO date <c>YYYY-MM-DD</c>, a range <c>start/end</c>, a year <c>YYYY</c>, a month
    /// <c>YYYY-MM</c>, a season of a year in TIMEX3's form
    /// <c>YYYY-SP</c>, <c>-SU</c>, <c>-FA</c> or <c>-WI</c> (with no <see cref="Start"/> or <see cref="End"/>: where a season
    /// begins depends on the hemisphere), a time <c>HH:MM</c>, an ISO duration; <see langword="null"/> when it cannot be resolved
    /// (a relative expression in a document without a date).
    /// </summary>
    public string? Value { get; }

    /// <summary>Whether the expression is relative to when the text was written (<c>today</c>, <c>last Thursday</c>).</summary>
    public bool IsRelative { get; }

    /// <summary>The first day the expression covers, when it resolves to days.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day the expression covers (inclusive), when it resolves to days.</summary>
    public DateOnly? End { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Text} = {Value}";
}
