using BenchmarkDotNet.Attributes;

namespace AttributionKit.Benchmarks;

/// <summary>
/// The whole pipeline (load, segment, extract, check) on the seed article, after warm-up. Every invocation reads the
/// same article, so the date recognizer answers from its own result cache (keyed by input text): this measures
/// everything but fresh date recognition. The evaluation command's pages/s, over 200 different pages, is the figure
/// for new articles.
/// </summary>
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
