namespace AttributionKit.Model;

/// <summary>The kind of a date or time expression.</summary>
public enum DateMentionType
{
    /// <summary>A calendar day, a month or a year.</summary>
    Date = 0,

    /// <summary>A range of days (<c>May 8–10</c>).</summary>
    DateRange = 1,

    /// <summary>A day with a time of day.</summary>
    DateTime = 2,

    /// <summary>A time of day alone.</summary>
    Time = 3,

    /// <summary>A length of time (<c>12 hours</c>).</summary>
    Duration = 4,

    /// <summary>A recurring time (<c>every Monday</c>).</summary>
    Set = 5,
}
