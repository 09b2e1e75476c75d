using BenchmarkDotNet.Attributes;

namespace AttributionKit.Benchmarks;

/// <summary>The whole pipeline (load, segment, extract, check) on the seed article, after warm-up.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchmarkSamples.SeedText);
        _ = ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default);
    }

    [Benchmark]
    public int AnalyzeSeedText() => ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default).Findings.Length;
}
