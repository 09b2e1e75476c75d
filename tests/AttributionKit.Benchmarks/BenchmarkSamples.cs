namespace AttributionKit.Benchmarks;

/// <summary>The example articles copied next to the benchmarks.</summary>
internal static class BenchmarkSamples
{
    public static string SeedText => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.txt");

    public static string SeedHtml => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.html");

    /// <summary>
    /// A short article whose sentences are not the seed's, for warming up: the recognizer caches its results by input
    /// text, so warming up on the seed itself would measure cache hits, not recognition.
    /// </summary>
    public const string WarmUpText = """
        Warm-up article

        The minister said on Friday, April 10, 2020, that the plan had been ready for three weeks.
        Yesterday the council met again; it will meet next Tuesday at 10:00 a.m. and every month after that.
        Since 2019 the budget has grown, officials told reporters last night.
        """;
}
