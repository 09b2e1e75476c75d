namespace AttributionKit.Model;

/// <summary>What kind of body a cited source is.</summary>
public enum OutletKind
{
    /// <summary>A newspaper, broadcaster or news site.</summary>
    News = 0,

    /// <summary>A news agency or wire service.</summary>
    Agency = 1,

    /// <summary>A social or publishing platform.</summary>
    Platform = 2,

    /// <summary>A government, ministry, office or official body.</summary>
    Government = 3,

    /// <summary>Another organisation: an alliance, an NGO, a company, a research body.</summary>
    Organization = 4,
}
