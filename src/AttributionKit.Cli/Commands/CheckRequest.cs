using AttributionKit.Checking;

namespace AttributionKit.Cli.Commands;

/// <summary>What <c>attributionkit check</c> was asked to do.</summary>
/// <param name="Paths">Files, folders, globs or <c>-</c>.</param>
/// <param name="Format">The report format name.</param>
/// <param name="Output">The report file, or <see langword="null"/> for standard output.</param>
/// <param name="FailOn">The fail level given with <c>--fail-on</c>, or <see langword="null"/> when not given (the configuration's <c>failOn</c>, else error).</param>
/// <param name="InputFormat">The format every input is read as, or <see langword="null"/> to detect it.</param>
/// <param name="ReferenceDate">A fixed reference date (YYYY-MM-DD) or <see langword="null"/>.</param>
/// <param name="Jobs">How many files are analysed at once.</param>
internal sealed record CheckRequest(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    FailLevel? FailOn,
    ArticleFormat? InputFormat,
    string? ReferenceDate,
    int Jobs)
{
    /// <summary><c>--config PATH</c>: use this configuration for every input instead of discovering one.</summary>
    public string? ConfigPath { get; init; }

    /// <summary><c>--no-inline-config</c>: ignore <c>attributionkit-disable</c> comments.</summary>
    public bool NoInlineConfig { get; init; }

    /// <summary><c>--baseline FILE</c>: report only findings the baseline does not record.</summary>
    public string? BaselinePath { get; init; }

    /// <summary><c>--write-baseline FILE</c>: record the current findings.</summary>
    public string? WriteBaselinePath { get; init; }
}
