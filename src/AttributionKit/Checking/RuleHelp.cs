namespace AttributionKit.Checking;

/// <summary>Where the built-in rules' documentation lives.</summary>
internal static class RuleHelp
{
    /// <summary>The documentation page of a built-in rule (a section of <c>docs/rules.md</c>).</summary>
    public static Uri For(string name) =>
        new($"https://github.com/attributionkit/attributionkit/blob/main/docs/rules.md#{name}");
}
