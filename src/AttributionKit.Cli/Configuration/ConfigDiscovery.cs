using System.Collections.Concurrent;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Configuration;

/// <summary>
/// Finds the configuration that applies to each input: <c>--config PATH</c> when given, else the nearest
/// <c>.attributionkit.json</c> walking up from the input's folder (the nearest one wins; files are not merged).
/// Each file is read once per run.
/// </summary>
internal sealed class ConfigDiscovery(string? explicitPath, IReadOnlyList<RuleDescriptor> knownRules)
{
    private readonly ConcurrentDictionary<string, ConfigFile?> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigFile> _byFile = new(StringComparer.Ordinal);
    private ConfigFile? _explicit;

    /// <summary>Loads the <c>--config</c> file up front so a bad one fails before any work.</summary>
    public void LoadExplicit()
    {
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath))
            {
                throw new Commands.UsageException($"{Path.GetFullPath(explicitPath)}: the configuration file given with --config does not exist.");
            }

            _explicit = ConfigLoader.Load(explicitPath, knownRules);
        }
    }

    /// <summary>The configuration for a file or folder; <see langword="null"/> when none applies.</summary>
    public ConfigFile? For(string directory)
    {
        if (explicitPath is not null)
        {
            return _explicit;
        }

        return _byDirectory.GetOrAdd(directory, Find);
    }

    private ConfigFile? Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ConfigFile.FileName);
            if (File.Exists(candidate))
            {
                return _byFile.GetOrAdd(candidate, path => ConfigLoader.Load(path, knownRules));
            }
        }

        return null;
    }
}
