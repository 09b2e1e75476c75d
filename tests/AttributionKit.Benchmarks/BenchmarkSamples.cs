namespace AttributionKit.Benchmarks;

/// <summary>The example articles copied next to the benchmarks.</summary>
internal static class BenchmarkSamples
{
    public static string SeedText => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.txt");

    public static string SeedHtml => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.html");
}
