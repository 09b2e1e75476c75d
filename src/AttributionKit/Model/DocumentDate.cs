using System.Globalization;

namespace AttributionKit.Model;

/// <summary>A date a document gives for itself, with where it came from.</summary>
public sealed class DocumentDate
{
    internal DocumentDate(
        DateOnly date,
        TimeOnly? time,
        TimeSpan? utcOffset,
        DocumentDateSource source,
        string sourceName,
        DocumentDateRole role,
        string text,
        SourceSpan? span)
    {
        Date = date;
        Time = time;
        UtcOffset = time is null ? null : utcOffset;
        Source = source;
        SourceName = sourceName;
        Role = role;
        Text = text;
        Span = span;
    }

    /// <summary>The calendar date as the page states it (in the page's own time zone when it gives one).</summary>
    public DateOnly Date { get; }

    /// <summary>The time of day, when the page gives one.</summary>
    public TimeOnly? Time { get; }

    /// <summary>The offset from UTC of <see cref="Time"/>, when the page gives one.</summary>
    public TimeSpan? UtcOffset { get; }

    /// <summary>The kind of place the date was found in.</summary>
    public DocumentDateSource Source { get; }

    /// <summary>The precise place: a meta name, a JSON-LD property, an element (<c>article:published_time</c>).</summary>
    public string SourceName { get; }

    /// <summary>Whether the date claims to be the publication or a modification.</summary>
    public DocumentDateRole Role { get; }

    /// <summary>The text the date was read from, as found.</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> stands in the original file, when it could be located.</summary>
    public SourceSpan? Span { get; }

    /// <summary>The instant, when both a time and an offset are known.</summary>
    public DateTimeOffset? Instant =>
        Time is { } t && UtcOffset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o) : null;

    /// <summary>
    /// ISO 8601: <c>YYYY-MM-DD</c>, or <c>YYYY-MM-DDTHH:MM:SS±HH:MM</c> when a time and offset are known
    /// (<c>YYYY-MM-DDTHH:MM:SS</c> for a time without offset).
    /// </summary>
    public string Value
    {
        get
        {
            var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (Time is not { } t)
            {
                return date;
            }

            var time = t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            if (UtcOffset is not { } o)
            {
                return $"{date}T{time}";
            }

            var sign = o < TimeSpan.Zero ? '-' : '+';
            var abs = o.Duration();
            return $"{date}T{time}{sign}{abs.Hours:00}:{abs.Minutes:00}";
        }
    }

    /// <summary>The source as a short label such as <c>meta:article:published_time</c> or <c>json-ld:datePublished</c>.</summary>
    public string SourceLabel => Source switch
    {
        DocumentDateSource.JsonLd => "json-ld:" + SourceName,
        DocumentDateSource.Meta => "meta:" + SourceName,
        DocumentDateSource.ItemProp => "itemprop:" + SourceName,
        DocumentDateSource.TimeElement => "time:" + SourceName,
        DocumentDateSource.Byline => "byline",
        DocumentDateSource.Dateline => "dateline",
        DocumentDateSource.Url => "url",
        DocumentDateSource.FrontMatter => "front-matter:" + SourceName,
        _ => SourceName,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Value} ({SourceLabel})";
}
