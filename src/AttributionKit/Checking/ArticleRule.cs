namespace AttributionKit.Checking;

/// <summary>
/// A rule that checks an analysed article and reports findings. Derive from it to add a rule of your own
/// and pass it in <see cref="AnalyzeOptions.AdditionalRules"/>; it is configured like the built-in rules.
/// </summary>
/// <remarks>
/// A rule must be stateless (or thread-safe): one instance checks many articles, possibly at the same time.
/// </remarks>
public abstract class ArticleRule
{
    /// <summary>Describes the rule.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks one article; reports each finding through <paramref name="context"/>.</summary>
    /// <param name="context">The analysed article and the way to report.</param>
    public abstract void Check(RuleContext context);
}
