using Microsoft.Extensions.FileSystemGlobbing;

namespace AttributionKit.Cli.Inputs;

/// <summary>
/// Turns the command line's paths into an ordered list of inputs: a file as given, a folder searched recursively
/// for articles, a glob matched from the working directory, <c>-</c> for standard input. The order is stable:
/// arguments in order, each folder's or glob's files sorted by path; a file named twice is checked once.
/// </summary>
internal static class InputResolver
{
    /// <summary>The extensions a folder is searched for.</summary>
    public static readonly string[] ArticleExtensions = [".html", ".htm", ".md", ".markdown", ".txt"];

    public static IReadOnlyList<InputFile> Resolve(IEnumerable<string> arguments, string currentDirectory, out List<string> unmatched)
    {
        var inputs = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        unmatched = [];
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                inputs.Add(InputFile.StandardInput);
                continue;
            }

            var full = Path.GetFullPath(argument, currentDirectory);
            IEnumerable<string> files;
            var isExplicit = false;
            if (File.Exists(full))
            {
                files = [full];
                isExplicit = true;
            }
            else if (Directory.Exists(full))
            {
                files = EnumerateArticles(full).Order(StringComparer.Ordinal);
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                files = Glob(argument, currentDirectory);
            }
            else
            {
                // A missing file is still an input: it gets its own error entry in the report.
                files = [full];
                isExplicit = true;
            }

            var any = false;
            foreach (var file in files)
            {
                any = true;
                if (seen.Add(file))
                {
                    inputs.Add(new InputFile(file, DisplayPath(file, currentDirectory), isExplicit));
                }
            }

            if (!any)
            {
                unmatched.Add(argument);
            }
        }

        return inputs;
    }

    /// <summary>The folders a folder search never enters: build output, dependencies, version control and hidden folders.</summary>
    public static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "packages", "TestResults"];

    /// <summary>The article files under a folder, not descending into <see cref="SkippedFolders"/> or folders whose name starts with a dot.</summary>
    public static IEnumerable<string> EnumerateArticles(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(current).ToList();
                folders = Directory.EnumerateDirectories(current).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder holds nothing we can check; the rest of the tree still is.
                continue;
            }

            foreach (var file in files.Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)))
            {
                yield return file;
            }

            foreach (var sub in folders)
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>The path as reported: relative to the working directory with forward slashes when inside it.</summary>
    public static string DisplayPath(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    private static IEnumerable<string> Glob(string pattern, string currentDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var root = currentDirectory;
        if (Path.IsPathRooted(normalized))
        {
            // Split an absolute glob into its fixed directory and the pattern below it.
            var firstWild = normalized.IndexOfAny(['*', '?', '[']);
            var slash = normalized.LastIndexOf('/', firstWild);
            root = normalized[..Math.Max(1, slash)];
            normalized = normalized[(slash + 1)..];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(normalized);
        return matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal);
    }
}
