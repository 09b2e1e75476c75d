namespace AttributionKit.Extraction.Dates;

/// <summary>What the words around a weekday name make of it.</summary>
internal enum WeekdayModifier
{
    /// <summary>A bare weekday ("on Monday"), or one that only labels a date ("Monday, March 2").</summary>
    None = 0,

    /// <summary>"last Thursday", "lundi dernier".</summary>
    Last = 1,

    /// <summary>"next Monday", "el próximo lunes".</summary>
    Next = 2,

    /// <summary>"this Friday".</summary>
    This = 3,
}
