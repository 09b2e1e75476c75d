using System.Collections.Immutable;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Date parts that stand together in one sentence and so name the same day: "today, May 19, 2025",
/// "yesterday, Wednesday 12 February", "last Thursday (October 31)". What the date rules check.
/// </summary>
internal sealed class DateExpression
{
    public DateExpression(int sentenceIndex, ImmutableArray<DatePart> parts)
    {
        SentenceIndex = sentenceIndex;
        Parts = parts;
        Range = parts.Skip(1).Aggregate(parts[0].Range, (r, p) => r.Union(p.Range));
    }

    /// <summary>The sentence it stands in.</summary>
    public int SentenceIndex { get; }

    /// <summary>The parts, in text order.</summary>
    public ImmutableArray<DatePart> Parts { get; }

    /// <summary>From the first part to the last.</summary>
    public TextRange Range { get; }

    /// <summary>The parts of one kind.</summary>
    public IEnumerable<T> PartsOf<T>()
        where T : DatePart => Parts.OfType<T>();
}
