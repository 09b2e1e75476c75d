namespace AttributionKit.Model;

/// <summary>What a date the page gives for itself claims to be.</summary>
public enum DocumentDateRole
{
    /// <summary>The page does not say: a dateline, a byline date, a URL date.</summary>
    Unspecified = 0,

    /// <summary>The first publication.</summary>
    Published = 1,

    /// <summary>A later modification or update.</summary>
    Modified = 2,
}
