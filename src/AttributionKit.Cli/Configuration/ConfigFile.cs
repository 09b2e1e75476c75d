using Microsoft.Extensions.FileSystemGlobbing;
using System.Collections.Immutable;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Configuration;

/// <summary>A parsed, validated <c>.attributionkit.json</c> (see docs/configuration.md).</summary>
internal sealed record ConfigFile
{
    /// <summary>The file's full path.</summary>
    public required string Path { get; init; }

    /// <summary>The folder include and exclude globs are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Severity per rule id or name; <see langword="null"/> switches the rule off.</summary>
    public ImmutableDictionary<string, Severity?> Rules { get; init; } = ImmutableDictionary.Create<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <c>failOn</c> is given.</summary>
    public bool HasFailOn { get; init; }

    /// <summary>The <c>failOn</c> level; <see langword="null"/> is <c>none</c>.</summary>
    public Severity? FailOn { get; init; }

    public ImmutableArray<string> Include { get; init; } = [];

    public ImmutableArray<string> Exclude { get; init; } = [];

    public ReferenceDatePolicy? ReferenceDatePolicy { get; init; }

    public ImmutableDictionary<string, string> OutletAliases { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The file name looked for.</summary>
    public const string FileName = ".attributionkit.json";

    /// <summary>Applies the file's rule settings, reference date policy and outlet aliases to <paramref name="options"/>.</summary>
    public AnalyzeOptions Apply(AnalyzeOptions options)
    {
        var severities = options.SeverityOverrides;
        var disabled = options.DisabledRules;
        foreach (var (rule, severity) in Rules)
        {
            if (severity is { } level)
            {
                severities = severities.SetItem(rule, level);
            }
            else
            {
                disabled = disabled.Add(rule);
            }
        }

        return options with
        {
            SeverityOverrides = severities,
            DisabledRules = disabled,
            ReferenceDatePolicy = ReferenceDatePolicy ?? options.ReferenceDatePolicy,
            OutletAliases = options.OutletAliases.SetItems(OutletAliases),
        };
    }

    /// <summary>Whether a file found by a folder or glob is checked under this file's include and exclude globs.</summary>
    public bool Selects(string fullPath)
    {
        if (Include.IsEmpty && Exclude.IsEmpty)
        {
            return true;
        }

        var relative = System.IO.Path.GetRelativePath(Directory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative))
        {
            // The globs speak of the folder the configuration stands in; files elsewhere (a --config from another folder) are not filtered.
            return true;
        }

        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(Include.IsEmpty ? ["**/*"] : Include);
        matcher.AddExcludePatterns(Exclude);
        return matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }
}
