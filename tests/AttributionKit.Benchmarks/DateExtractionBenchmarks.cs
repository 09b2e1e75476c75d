using AttributionKit.Extraction.Dates;
using AttributionKit.Loading;
using AttributionKit.Segmentation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Benchmarks;

/// <summary>
/// Date recognition on the seed article (samples/articles/seed.txt), cold and warm. Every measurement is the first call
/// of a new process (cold-start strategy, one invocation per launch), so <see cref="Cold"/> includes what only the first
/// article of a process pays: building the English recognizer model (its regular expressions are built once and cached
/// by the recognizer library for the process) and compiling the code. <see cref="Warm"/> runs one extraction of another
/// article in setup first, as every article after the first.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class DateExtractionBenchmarks
{
    private static readonly DateOnly Reference = new(2025, 10, 6);
    private SegmentedArticle _seed = null!;

    [GlobalSetup(Targets = [nameof(Cold)])]
    public void LoadOnly() => _seed = LoadSeed();

    // Warmed on another article: the recognizer caches results by input text, and the seed's own sentences would be
    // cache hits.
    [GlobalSetup(Targets = [nameof(Warm), nameof(WarmUnfiltered)])]
    public void LoadAndWarm()
    {
        _seed = LoadSeed();
        var warmUp = SentenceSegmenter.Segment(ArticleLoader.LoadText(BenchmarkSamples.WarmUpText, "warm-up.txt", ArticleFormat.Text, ArticleLoader.Today(TimeProvider.System)));
        _ = DateExtractor.Extract(warmUp, Reference);
        var model = DateRecognizerModels.Get(Culture.English);
        foreach (var sentence in warmUp.Sentences)
        {
            _ = model.Parse(warmUp.GetText(sentence), Reference.ToDateTime(TimeOnly.MinValue));
        }
    }

    /// <summary>The first article of a process: model build, first use, extraction.</summary>
    [Benchmark]
    public int Cold() => DateExtractor.Extract(_seed, Reference).Mentions.Length;

    /// <summary>Extraction with the built, shared model.</summary>
    [Benchmark]
    public int Warm() => DateExtractor.Extract(_seed, Reference).Mentions.Length;

    /// <summary>The recognizer on every sentence, without the pre-filter: what the filter saves.</summary>
    [Benchmark]
    public int WarmUnfiltered()
    {
        var model = DateRecognizerModels.Get(Culture.English);
        var reference = Reference.ToDateTime(TimeOnly.MinValue);
        var found = 0;
        foreach (var sentence in _seed.Sentences)
        {
            found += model.Parse(_seed.GetText(sentence), reference).Count;
        }

        return found;
    }

    private static SegmentedArticle LoadSeed() =>
        SentenceSegmenter.Segment(ArticleLoader.LoadFile(BenchmarkSamples.SeedText, AnalyzeOptions.Default));
}
