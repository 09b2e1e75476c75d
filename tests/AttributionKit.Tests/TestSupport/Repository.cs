namespace AttributionKit.Tests.TestSupport;

/// <summary>The repository the tests run in (documentation and samples are checked against the code).</summary>
public static class Repository
{
    /// <summary>The folder holding AttributionKit.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttributionKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: AttributionKit.sln not found above " + AppContext.BaseDirectory);
    }
}
