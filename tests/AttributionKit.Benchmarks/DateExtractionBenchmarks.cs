using AttributionKit.Extraction.Dates;
using AttributionKit.Loading;
using AttributionKit.Segmentation;
using BenchmarkDotNet.Attributes;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Benchmarks;

/// <summary>
/// Date recognition on the seed article. Cold: building the English recognizer model (once per process in real use)
/// and the first extraction with it. Warm: extraction with the shared, built model, as every article after the first.
/// </summary>
[MemoryDiagnoser]
public class DateExtractionBenchmarks
{
    private static readonly DateOnly Reference = new(2025, 10, 6);
    private SegmentedArticle _seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = SentenceSegmenter.Segment(ArticleLoader.LoadFile(BenchmarkSamples.SeedText, AnalyzeOptions.Default));

        // Build the shared model outside the measured warm runs.
        _ = DateExtractor.Extract(_seed, Reference);
    }

    /// <summary>Building a culture's model: the cost paid once per process.</summary>
    [Benchmark]
    public object ColdModelBuild() => DateRecognizerModels.Build(Culture.English);

    /// <summary>A fresh model's first parse of every candidate sentence of the seed: the first article of a process.</summary>
    [Benchmark]
    public int ColdBuildAndParseSeed()
    {
        var model = DateRecognizerModels.Build(Culture.English);
        var found = 0;
        var reference = Reference.ToDateTime(TimeOnly.MinValue);
        foreach (var sentence in _seed.Sentences)
        {
            var text = _seed.GetText(sentence);
            if (DateSentenceFilter.MayHoldDate(text))
            {
                found += model.Parse(text, reference).Count;
            }
        }

        return found;
    }

    /// <summary>Extraction with the shared model: what each further article costs.</summary>
    [Benchmark(Baseline = true)]
    public int WarmExtractSeed() => DateExtractor.Extract(_seed, Reference).Mentions.Length;

    /// <summary>The same without the sentence pre-filter: what the filter saves.</summary>
    [Benchmark]
    public int WarmParseEverySentenceUnfiltered()
    {
        var model = DateRecognizerModels.Get(Culture.English);
        var found = 0;
        var reference = Reference.ToDateTime(TimeOnly.MinValue);
        foreach (var sentence in _seed.Sentences)
        {
            found += model.Parse(_seed.GetText(sentence), reference).Count;
        }

        return found;
    }
}
