using AttributionKit.Checking;

namespace AttributionKit.Cli.Commands;

/// <summary>What <c>attributionkit check</c> was asked to do.</summary>
/// <param name="Paths">Files, folders, globs or <c>-</c>.</param>
/// <param name="Format">The report format name.</param>
/// <param name="Output">The report file, or <see langword="null"/> for standard output.</param>
/// <param name="FailOn">The lowest severity that fails the run; <see langword="null"/> never fails on findings.</param>
/// <param name="InputFormat">The format every input is read as, or <see langword="null"/> to detect it.</param>
/// <param name="ReferenceDate">A fixed reference date (YYYY-MM-DD) or <see langword="null"/>.</param>
/// <param name="Jobs">How many files are analysed at once.</param>
internal sealed record CheckRequest(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    Severity? FailOn,
    ArticleFormat? InputFormat,
    string? ReferenceDate,
    int Jobs);
