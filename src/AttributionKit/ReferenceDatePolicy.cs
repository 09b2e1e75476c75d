namespace AttributionKit;

/// <summary>Which date relative expressions such as "today" are resolved against.</summary>
public enum ReferenceDatePolicy
{
    /// <summary>The document's own publication date; with none, relative expressions stay unresolved. The default.</summary>
    Document = 0,

    /// <summary>The document's publication date, or the clock's date when the document gives none.</summary>
    DocumentOrClock = 1,

    /// <summary>Always the clock's date (for drafts checked on the day they are written).</summary>
    Clock = 2,
}
