using BenchmarkDotNet.Attributes;

namespace AttributionKit.Benchmarks;

/// <summary>The whole pipeline (load, segment, extract, check) on the seed article, after warm-up.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CheckBenchmarks
{
    private string _text = null!;
    private string _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchmarkSamples.SeedText);
        _html = File.ReadAllText(BenchmarkSamples.SeedHtml);
        _ = ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default);
        _ = ArticleAnalyzer.Analyze(_html, ArticleFormat.Html, AnalyzeOptions.Default);
    }

    /// <summary>The seed as plain text.</summary>
    [Benchmark]
    public int AnalyzeSeedText() => ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default).Findings.Length;

    /// <summary>The seed as a news site serves it: HTML with navigation, widgets and metadata.</summary>
    [Benchmark]
    public int AnalyzeSeedHtml() => ArticleAnalyzer.Analyze(_html, ArticleFormat.Html, AnalyzeOptions.Default).Findings.Length;
}
