using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Dates;

/// <summary>What the date stage found: the public date mentions and what the date rules need besides.</summary>
internal sealed class DateExtraction
{
    public static DateExtraction Empty { get; } = new([], []);

    public DateExtraction(ImmutableArray<DateMention> mentions, ImmutableArray<DateExpression> expressions)
    {
        Mentions = mentions;
        Expressions = expressions;
    }

    /// <summary>The date expressions, in text order.</summary>
    public ImmutableArray<DateMention> Mentions { get; }

    /// <summary>
    /// The checkable parts of the dates (relative days, weekdays, calendar dates), grouped by what stands together,
    /// in text order; one group per part that stands alone.
    /// </summary>
    public ImmutableArray<DateExpression> Expressions { get; }
}
