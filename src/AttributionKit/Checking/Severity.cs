namespace AttributionKit.Checking;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Worth a look; not necessarily wrong.</summary>
    Info = 1,

    /// <summary>Probably wrong or weak; an editor should decide.</summary>
    Warning = 2,

    /// <summary>Wrong as written: a contradiction the text itself shows.</summary>
    Error = 3,
}
