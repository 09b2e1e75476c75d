using AttributionKit;

// dotnet run --project samples/AttributionKit.Samples.CheckSeed [-- path/to/article]
var path = args.Length > 0 ? args[0] : FindSeed();

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

// The seed article lives in samples/articles; find it from wherever the sample is run.
static string FindSeed()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "samples", "articles", "seed.txt");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    return Path.Combine("samples", "articles", "seed.txt");
}
