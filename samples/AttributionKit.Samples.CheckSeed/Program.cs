using AttributionKit;

// dotnet run --project samples/AttributionKit.Samples.CheckSeed [-- path/to/article]
var path = args.Length > 0 ? args[0] : "samples/articles/seed.txt";

var result = ArticleAnalyzer.Analyze(path);

var published = result.Article.Metadata.Published;
Console.WriteLine($"{path}: published {published?.Value ?? "unknown"} ({published?.SourceLabel ?? "no date found"})");
foreach (var quote in result.Quotes)
{
    Console.WriteLine($"  quote  {quote.Span.Line}:{quote.Span.Column} “{quote.Text}” — {quote.Speaker ?? "unattributed"}");
}

foreach (var date in result.Dates)
{
    Console.WriteLine($"  date   {date.Span.Line}:{date.Span.Column} {date.Text} = {date.Value ?? "unresolved"}");
}

foreach (var outlet in result.Outlets)
{
    Console.WriteLine($"  outlet {outlet.Name} ({outlet.Kind}), cited {outlet.Mentions.Length}×");
}

foreach (var finding in result.Findings)
{
    Console.WriteLine($"  {finding.Span.Line}:{finding.Span.Column} {finding.Severity} {finding.RuleId} {finding.RuleName}: {finding.Message}");
}

Console.WriteLine($"{result.Quotes.Length} quotes, {result.Dates.Length} dates, {result.Outlets.Length} outlets, {result.Findings.Length} findings.");
