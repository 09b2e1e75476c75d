using AttributionKit.Checking;

namespace AttributionKit.Cli.Commands;

/// <summary>A fail level as given on the command line: a severity, or <see langword="null"/> for <c>none</c>.</summary>
/// <param name="Severity">The lowest severity that fails the run; <see langword="null"/> never fails on findings.</param>
internal sealed record FailLevel(Severity? Severity)
{
    public static FailLevel? Parse(string? value) => value switch
    {
        null => null,
        "none" => new FailLevel((Severity?)null),
        "info" => new FailLevel(Checking.Severity.Info),
        "warning" => new FailLevel(Checking.Severity.Warning),
        _ => new FailLevel(Checking.Severity.Error),
    };
}
