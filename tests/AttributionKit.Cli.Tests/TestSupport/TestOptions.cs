using AttributionKit.Checking;

namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>Analysis options for the tests: the marker rule added, with or without the built-in rules.</summary>
internal static class TestOptions
{
    public static AnalyzeOptions WithBuiltIns { get; } = AnalyzeOptions.Default with
    {
        AdditionalRules = [new MarkerRule()],
        Clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)),
    };

    /// <summary>Every built-in rule switched off: findings come only from <see cref="MarkerRule"/>.</summary>
    public static AnalyzeOptions MarkerOnly { get; } = WithBuiltIns with
    {
        DisabledRules = WithBuiltIns.DisabledRules.Union(BuiltInRules.Descriptors.Select(d => d.Id)),
    };
}
