using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Dates;

/// <summary>What the date stage found: the public date mentions and what the date rules need besides.</summary>
internal sealed class DateExtraction
{
    public static DateExtraction Empty { get; } = new([]);

    public DateExtraction(ImmutableArray<DateMention> mentions)
    {
        Mentions = mentions;
    }

    /// <summary>The date expressions, in text order.</summary>
    public ImmutableArray<DateMention> Mentions { get; }
}
