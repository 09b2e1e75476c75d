using System.Diagnostics;

namespace AttributionKit.Evaluation.Suites;

/// <summary>Runs the whole analysis over a list of pages on every core, timing each stage.</summary>
internal static class SuiteRunner
{
    /// <summary>One page's outcome: the result, or the load error.</summary>
    public sealed record Outcome(string Key, AnalysisResult? Result, string? Error);

    /// <summary>Analyses the pages in parallel; returns the outcomes in input order and the wall time.</summary>
    public static (List<Outcome> Outcomes, TimeSpan Elapsed) Run(IReadOnlyList<(string Key, string Path)> pages)
    {
        var results = new Outcome[pages.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (key, path) = pages[i];
            try
            {
                results[i] = new Outcome(key, ArticleAnalyzer.Analyze(path, AnalyzeOptions.Default), null);
            }
            catch (ArticleLoadException ex)
            {
                results[i] = new Outcome(key, null, ex.Message);
            }
        });
        clock.Stop();
        return ([.. results], clock.Elapsed);
    }

    /// <summary>Prints throughput, peak memory and the mean time per stage.</summary>
    public static void PrintSpeed(TextWriter output, List<Outcome> outcomes, TimeSpan elapsed)
    {
        var done = outcomes.Where(o => o.Result is not null).Select(o => o.Result!.Timings).ToList();
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        output.WriteLine(FormattableString.Invariant(
            $"speed: {outcomes.Count / elapsed.TotalSeconds:0.0} pages/s ({outcomes.Count} pages in {elapsed.TotalSeconds:0.00} s, {Environment.ProcessorCount} threads, whole analysis), peak working set {peakMb:0} MB"));
        if (done.Count == 0)
        {
            return;
        }

        double Mean(Func<AnalysisTimings, TimeSpan> stage) => done.Average(t => stage(t).TotalMilliseconds);
        output.WriteLine(FormattableString.Invariant(
            $"mean ms per page: load {Mean(t => t.Load):0.00}, segment {Mean(t => t.Segment):0.00}, dates {Mean(t => t.Dates):0.00}, outlets {Mean(t => t.Outlets):0.00}, attribution {Mean(t => t.Attribution):0.00}, claims {Mean(t => t.Claims):0.00}, rules {Mean(t => t.Rules):0.00}"));
    }
}
