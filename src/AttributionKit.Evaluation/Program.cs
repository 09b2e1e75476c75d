using System.Globalization;
using AttributionKit.Evaluation;

// attributionkit-eval <suite|all> [--data DIR] [--limit N] [--verbose]
if (CollectorEnvironment.RunUnderCap(args) is { } childExitCode)
{
    return childExitCode;
}

var suites = typeof(IEvaluationSuite).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEvaluationSuite).IsAssignableFrom(t))
    .Select(t => (IEvaluationSuite)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

string? suiteName = null, data = null;
int? limit = null;
var verbose = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length: data = args[++i]; break;
        case "--limit" when i + 1 < args.Length: limit = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--verbose" or "-v": verbose = true; break;
        default: suiteName ??= args[i]; break;
    }
}

if (suiteName is null || (suiteName != "all" && suites.All(s => s.Name != suiteName)))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project src/AttributionKit.Evaluation -- <suite|all> [--data DIR] [--limit N] [--verbose]");
    foreach (var s in suites)
    {
        Console.Error.WriteLine($"  {s.Name,-22} {s.Description}");
    }

    return 2;
}

data ??= FindDatasets();
if (data is null || !Directory.Exists(data))
{
    Console.Error.WriteLine("The gold sets were not found: pass --data DIR (by default ../shared/datasets beside the repository).");
    return 2;
}

var context = new EvaluationContext(Path.GetFullPath(data), limit, verbose, Console.Out);
var status = 0;
foreach (var suite in suites.Where(s => suiteName == "all" || s.Name == suiteName))
{
    Console.Out.WriteLine($"== {suite.Name}: {suite.Description}");
    status = Math.Max(status, suite.Run(context));
    Console.Out.WriteLine();
}

return status;

// ../shared/datasets beside the repository root (the folder holding AttributionKit.sln), from wherever this runs.
static string? FindDatasets()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttributionKit.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }
    }

    return null;
}
