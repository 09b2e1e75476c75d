using System.Collections.Immutable;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Reporting;

/// <summary>What report writers need to know about the run beyond the outcomes.</summary>
/// <param name="RepositoryRoot">The folder paths are made relative to.</param>
/// <param name="Rules">Every rule that may report: the built-in ones then the host's own, in that order.</param>
/// <param name="Colour">Whether the text report may use ANSI colours.</param>
internal sealed record ReportContext(string RepositoryRoot, ImmutableArray<RuleDescriptor> Rules, bool Colour);
