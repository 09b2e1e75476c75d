using AttributionKit;
using AttributionKit.Checking;
using AttributionKit.Samples.CustomRule;

// dotnet run --project samples/AttributionKit.Samples.CustomRule [-- path/to/article]
var path = args.Length > 0 ? args[0] : "samples/articles/seed.txt";

var options = AnalyzeOptions.Default with
{
    AdditionalRules = [new HeadlineTooLongRule(maxLength: 60)],
    // Configured like any built-in rule, by id or name: raise it from info to warning.
    SeverityOverrides = AnalyzeOptions.Default.SeverityOverrides.SetItem("headline-too-long", Severity.Warning),
};

var result = ArticleAnalyzer.Analyze(path, options);

foreach (var finding in result.Findings)
{
    Console.WriteLine($"{path}:{finding.Span.Line}:{finding.Span.Column} {finding.Severity} {finding.RuleId} {finding.RuleName}: {finding.Message}");
    Console.WriteLine($"    {finding.Excerpt}");
}

Console.WriteLine($"{result.Findings.Count(f => f.RuleId == HeadlineTooLongRule.Rule.Id)} finding(s) of {HeadlineTooLongRule.Rule.Id}, {result.Findings.Length} in all.");
