namespace AttributionKit.Cli.Baselines;

/// <summary>One recorded finding: the file (relative to the repository root), the rule id and the fingerprint.</summary>
internal sealed record BaselineEntry(string Path, string RuleId, string Fingerprint);
