using System.Collections.Immutable;

namespace AttributionKit.Checking;

/// <summary>The rules AttributionKit ships with.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<ImmutableArray<ArticleRule>> LazyRules = new(Discover);

    /// <summary>The built-in rules' descriptors, ordered by id.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor)];

    /// <summary>One shared instance of each built-in rule, ordered by id.</summary>
    internal static ImmutableArray<ArticleRule> Rules => LazyRules.Value;

    /// <summary>Finds a built-in rule's descriptor by id or name.</summary>
    /// <param name="idOrName">An id such as <c>AK1001</c> or a name such as <c>date-mismatch</c>, case-insensitive.</param>
    public static RuleDescriptor? Find(string idOrName) =>
        Rules.Select(r => r.Descriptor).FirstOrDefault(d => d.IsNamed(idOrName));

    // Every rule class in AttributionKit.Checking.Rules is built in; adding a rule is adding its class, nothing else.
    private static ImmutableArray<ArticleRule> Discover() =>
    [
        .. typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true }
                && t.Namespace == "AttributionKit.Checking.Rules"
                && typeof(ArticleRule).IsAssignableFrom(t))
            .Select(t => (ArticleRule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal),
    ];
}
