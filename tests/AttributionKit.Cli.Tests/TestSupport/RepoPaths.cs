namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>Where the repository and the things beside it are, found from the test's own location.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding AttributionKit.sln, walking up from the test assembly; null when not inside the repository.</summary>
    public static string? RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The official SARIF 2.1.0 schema in <c>../shared/schemas</c> beside the repository (CI's layout), or in a
    /// <c>shared/schemas</c> folder of a further ancestor (a git worktree's layout); null when absent.
    /// </summary>
    public static string? SarifSchema
    {
        get
        {
            for (var dir = RepositoryRoot is null ? null : Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "shared", "schemas", "sarif-schema-2.1.0.json");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            return null;
        }
    }

    /// <summary>The project's sample articles, copied next to the tests.</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>The built CLI (AttributionKit.Cli.dll with its runtimeconfig), preferring the CLI project's own output of the same configuration.</summary>
    public static string CliAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
            if (RepositoryRoot is { } root)
            {
                var own = Path.Combine(root, "src", "AttributionKit.Cli", "bin", configuration, "net8.0", "AttributionKit.Cli.dll");
                if (File.Exists(own))
                {
                    return own;
                }
            }

            return Path.Combine(AppContext.BaseDirectory, "AttributionKit.Cli.dll");
        }
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttributionKit.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
