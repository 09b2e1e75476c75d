namespace AttributionKit.Checking;

/// <summary>Where the built-in rules' documentation lives.</summary>
internal static class RuleHelp
{
    /// <summary>The documentation page of a built-in rule: <c>docs/rules/&lt;name&gt;.md</c>, one page per rule.</summary>
    public static Uri For(string name) =>
        new($"https://github.com/attributionkit/attributionkit/blob/main/docs/rules/{name}.md");
}
