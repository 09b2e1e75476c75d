using System.Collections.Immutable;
using AttributionKit.Extraction;

namespace AttributionKit.Checking;

/// <summary>Runs the configured rules over one analysed article and orders their findings.</summary>
internal static class RuleRunner
{
    public static ImmutableArray<Finding> Run(AnalysisState state, AnalyzeOptions options)
    {
        var findings = new List<Finding>();
        foreach (var rule in BuiltInRules.Rules.Concat(options.AdditionalRules))
        {
            var descriptor = rule.Descriptor;
            if (options.DisabledRules.Contains(descriptor.Id) || options.DisabledRules.Contains(descriptor.Name))
            {
                continue;
            }

            var severity = options.SeverityOverrides.TryGetValue(descriptor.Id, out var byId) ? byId
                : options.SeverityOverrides.TryGetValue(descriptor.Name, out var byName) ? byName
                : descriptor.DefaultSeverity;
            try
            {
                rule.Check(new RuleContext(descriptor, severity, state, findings));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"Rule {descriptor.Id} ({descriptor.Name}) failed: {ex.Message}", ex);
            }
        }

        var kept = options.InlineConfiguration
            ? InlineSuppressions.Parse(state.Segmented.Article).Filter(findings)
            : findings;
        return
        [
            .. kept.OrderBy(f => f.Span.Start)
                .ThenBy(f => f.Span.End)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal),
        ];
    }
}
