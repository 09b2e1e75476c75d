using BenchmarkDotNet.Attributes;

namespace AttributionKit.Benchmarks;

/// <summary>The whole pipeline (load, segment, extract, check) on the seed article, after warm-up.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CheckBenchmarks
{
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchmarkSamples.SeedText);
        _ = ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default);
    }

    /// <summary>The seed as plain text. (The HTML loader is another stage's work; add the HTML seed when it reads.)</summary>
    [Benchmark]
    public int AnalyzeSeedText() => ArticleAnalyzer.Analyze(_text, ArticleFormat.Text, AnalyzeOptions.Default).Findings.Length;
}
