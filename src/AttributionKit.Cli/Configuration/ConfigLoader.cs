using System.Collections.Immutable;
using System.Text.Json;
using AttributionKit.Checking;
using AttributionKit.Cli.Commands;

namespace AttributionKit.Cli.Configuration;

/// <summary>
/// Reads and validates <c>.attributionkit.json</c>. Every problem is a <see cref="UsageException"/> whose message
/// names the file, the line and column, and what is wrong, so a CI log points straight at it.
/// </summary>
internal static class ConfigLoader
{
    private static readonly string[] Levels = ["off", "info", "warning", "error"];
    private static readonly string[] FailLevels = ["none", "info", "warning", "error"];
    private static readonly string[] Policies = ["document", "documentOrClock", "clock"];

    /// <summary>Loads <paramref name="path"/>, checking rule names against <paramref name="knownRules"/>.</summary>
    public static ConfigFile Load(string path, IReadOnlyList<RuleDescriptor> knownRules)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"{full}: cannot read the configuration: {ex.Message}");
        }

        JsonNodeAt root;
        try
        {
            root = JsonPositionReader.Parse(bytes);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new UsageException($"{full}:{line}:{column}: invalid JSON: {CleanJsonMessage(ex.Message)}");
        }

        return Read(full, root, knownRules);
    }

    /// <summary>Reads an already parsed configuration (exposed for tests).</summary>
    internal static ConfigFile Read(string full, JsonNodeAt root, IReadOnlyList<RuleDescriptor> knownRules)
    {
        if (root.Kind != JsonValueKind.Object)
        {
            throw Error(full, root, $"the configuration must be a JSON object, not {root.Describe()}.");
        }

        var config = new ConfigFile { Path = full };
        foreach (var (name, line, column, value) in root.Properties)
        {
            switch (name)
            {
                case "$schema":
                    break;
                case "rules":
                    config = config with { Rules = ReadRules(full, value, knownRules) };
                    break;
                case "failOn":
                    var fail = Choice(full, value, "failOn", FailLevels);
                    config = config with { HasFailOn = true, FailOn = fail == "none" ? null : ParseSeverity(fail) };
                    break;
                case "include":
                    config = config with { Include = Globs(full, value, "include") };
                    break;
                case "exclude":
                    config = config with { Exclude = Globs(full, value, "exclude") };
                    break;
                case "referenceDate":
                    config = config with
                    {
                        ReferenceDatePolicy = Choice(full, value, "referenceDate", Policies) switch
                        {
                            "clock" => ReferenceDatePolicy.Clock,
                            "documentOrClock" => ReferenceDatePolicy.DocumentOrClock,
                            _ => ReferenceDatePolicy.Document,
                        },
                    };
                    break;
                case "outletAliases":
                    config = config with { OutletAliases = ReadAliases(full, value) };
                    break;
                default:
                    throw new UsageException($"{full}:{line}:{column}: unknown setting \"{name}\" (known: rules, failOn, include, exclude, referenceDate, outletAliases).");
            }
        }

        return config;
    }

    private static ImmutableDictionary<string, Severity?> ReadRules(string full, JsonNodeAt value, IReadOnlyList<RuleDescriptor> knownRules)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            throw Error(full, value, $"\"rules\" must be an object mapping rule ids or names to off, info, warning or error, not {value.Describe()}.");
        }

        var rules = ImmutableDictionary.CreateBuilder<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, line, column, level) in value.Properties)
        {
            if (!knownRules.Any(r => r.IsNamed(name)))
            {
                var known = string.Join(", ", knownRules.Select(r => $"{r.Id} {r.Name}"));
                throw new UsageException($"{full}:{line}:{column}: unknown rule \"{name}\" (known rules: {(known.Length == 0 ? "none" : known)}).");
            }

            var choice = Choice(full, level, $"rules.{name}", Levels);
            rules[name] = choice == "off" ? null : ParseSeverity(choice);
        }

        return rules.ToImmutable();
    }

    private static ImmutableDictionary<string, string> ReadAliases(string full, JsonNodeAt value)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            throw Error(full, value, $"\"outletAliases\" must be an object mapping an alias to an outlet name, not {value.Describe()}.");
        }

        var aliases = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, line, column, target) in value.Properties)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new UsageException($"{full}:{line}:{column}: an outlet alias must not be empty.");
            }

            if (target.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(target.Text))
            {
                throw Error(full, target, $"\"outletAliases.{name}\" must be an outlet name (a non-empty string), not {target.Describe()}.");
            }

            aliases[name.Trim()] = target.Text.Trim();
        }

        return aliases.ToImmutable();
    }

    private static ImmutableArray<string> Globs(string full, JsonNodeAt value, string setting)
    {
        if (value.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.Text))
        {
            return [value.Text];
        }

        if (value.Kind != JsonValueKind.Array)
        {
            throw Error(full, value, $"\"{setting}\" must be an array of glob patterns, not {value.Describe()}.");
        }

        foreach (var item in value.Items.Where(i => i.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(i.Text)))
        {
            throw Error(full, item, $"\"{setting}\" must hold glob patterns (non-empty strings), not {item.Describe()}.");
        }

        return [.. value.Items.Select(i => i.Text!)];
    }

    private static string Choice(string full, JsonNodeAt value, string setting, string[] allowed)
    {
        var match = value.Kind == JsonValueKind.String ? allowed.FirstOrDefault(a => string.Equals(a, value.Text, StringComparison.OrdinalIgnoreCase)) : null;
        return match ?? throw Error(
            full,
            value,
            $"\"{setting}\" must be one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}, not {(value.Kind == JsonValueKind.String ? $"\"{value.Text}\"" : value.Describe())}.");
    }

    private static Severity ParseSeverity(string level) => level switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        _ => Severity.Error,
    };

    private static UsageException Error(string full, JsonNodeAt at, string problem) => new($"{full}:{at.Line}:{at.Column}: {problem}");

    // System.Text.Json appends its own "LineNumber: n | BytePositionInLine: m." which we already report in front.
    private static string CleanJsonMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
