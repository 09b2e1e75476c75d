namespace AttributionKit.Cli.Inputs;

/// <summary>
/// The folder reports make paths relative to (SARIF, GitHub annotations, baselines): the nearest folder holding a
/// <c>.git</c> entry (a folder, or a file in a worktree or submodule), walking up from the working directory;
/// else the working directory itself.
/// </summary>
internal static class RepositoryRoot
{
    public static string Find(string currentDirectory)
    {
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(currentDirectory);
    }

    /// <summary>A file's path relative to <paramref name="root"/> with forward slashes, or its full path (forward slashes) when outside it.</summary>
    public static string Relative(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        var outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }
}
