namespace AttributionKit.Tests.TestSupport;

/// <summary>The project's example articles (samples/articles), copied next to the tests.</summary>
public static class Samples
{
    public static string SeedText => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.txt");

    public static string SeedHtml => Path.Combine(AppContext.BaseDirectory, "Samples", "seed.html");

    /// <summary>An example article of samples/articles by its file name (<c>rail-strike.html</c>).</summary>
    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>Options with a fixed clock, so no test depends on the day it runs.</summary>
    public static AnalyzeOptions Options { get; } = AnalyzeOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)) };

    /// <summary>The day of <see cref="Options"/>' clock, for tests that call a loader directly.</summary>
    public static DateOnly Today { get; } = new(2026, 1, 15);
}
