using System.Collections.Immutable;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Running;

/// <summary>What checking one input gave: a result, or the error that stopped it.</summary>
/// <param name="DisplayPath">The input's path as reported.</param>
/// <param name="Format">The format it was read as, when known.</param>
/// <param name="Result">The analysis, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why it failed, or <see langword="null"/>.</param>
internal sealed record FileOutcome(string DisplayPath, ArticleFormat? Format, AnalysisResult? Result, string? Error)
{
    /// <summary>The findings to report: the analysis's findings less those a baseline already records.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = Result?.Findings ?? [];

    /// <summary>The path relative to the repository root with forward slashes (what SARIF, GitHub and baselines use), or <c>-</c> for standard input.</summary>
    public string RepositoryPath { get; init; } = DisplayPath;

    /// <summary>The lowest severity that fails the run for this file (flag, else its configuration, else error); <see langword="null"/> never fails.</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    /// <summary>How many findings a baseline suppressed.</summary>
    public int Baselined { get; init; }
}
