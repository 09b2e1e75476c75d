namespace AttributionKit.Checking;

/// <summary>The categories of the built-in rules (a rule of your own may use any string).</summary>
public static class RuleCategory
{
    /// <summary>Dates and times in the text against each other and against the document's date.</summary>
    public const string Dates = "Dates";

    /// <summary>Quotes and who said them.</summary>
    public const string Quotes = "Quotes";

    /// <summary>How claims are sourced.</summary>
    public const string Sourcing = "Sourcing";

    /// <summary>Figures and facts that must agree within the article.</summary>
    public const string Consistency = "Consistency";
}
