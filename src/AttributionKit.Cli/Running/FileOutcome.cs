namespace AttributionKit.Cli.Running;

/// <summary>What checking one input gave: a result, or the error that stopped it.</summary>
/// <param name="DisplayPath">The input's path as reported.</param>
/// <param name="Format">The format it was read as, when known.</param>
/// <param name="Result">The analysis, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why it failed, or <see langword="null"/>.</param>
internal sealed record FileOutcome(string DisplayPath, ArticleFormat? Format, AnalysisResult? Result, string? Error);
