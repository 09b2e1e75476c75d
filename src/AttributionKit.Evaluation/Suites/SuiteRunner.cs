using System.Diagnostics;

namespace AttributionKit.Evaluation.Suites;

/// <summary>Runs the whole analysis over a list of pages on every core, timing each stage.</summary>
internal static class SuiteRunner
{
    /// <summary>One page's outcome: what the suite keeps of the result and the stage timings, or the load error.</summary>
    public sealed record Outcome<T>(string Key, T? Kept, AnalysisTimings? Timings, string? Error)
        where T : class;

    /// <summary>
    /// Analyses the pages in parallel; returns the outcomes in input order and the wall time. Each result is reduced at
    /// once to what the suite scores (<paramref name="keep"/>): a whole result holds its page's source and maps, and
    /// keeping all of them until scoring would measure the evaluation's memory, not the check's (the CLI writes each
    /// result and lets it go).
    /// </summary>
    public static (List<Outcome<T>> Outcomes, TimeSpan Elapsed) Run<T>(IReadOnlyList<(string Key, string Path)> pages, Func<AnalysisResult, T> keep)
        where T : class
    {
        var results = new Outcome<T>[pages.Count];
        WarmUp();
        ExtraRounds(pages);
        PeakMemory.Reset();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        using var jitLog = JitLog.StartIfAsked();
        using var allocationLog = AllocationLog.StartIfAsked();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (key, path) = pages[i];
            try
            {
                var result = ArticleAnalyzer.Analyze(path, AnalyzeOptions.Default);
                results[i] = new Outcome<T>(key, keep(result), result.Timings, null);
                ResultDump.Add(key, result);
            }
            catch (ArticleLoadException ex)
            {
                results[i] = new Outcome<T>(key, null, null, ex.Message);
            }
        });
        clock.Stop();
        jitLog?.StopAndWrite();
        allocationLog?.StopAndWrite();
        CpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        ResultDump.Flush(pages.Count == 0 ? "none" : Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(pages[0].Path))) ?? "pages");
        GcPause = GC.GetTotalPauseDuration() - pauseBefore;
        Allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        JitTime = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore;
        Collections = [GC.CollectionCount(0) - collectionsBefore[0], GC.CollectionCount(1) - collectionsBefore[1], GC.CollectionCount(2) - collectionsBefore[2]];
        return ([.. results], clock.Elapsed);
    }

    /// <summary>
    /// Pays the process's one-time costs before the clock starts, so the timing measures the pages: loading the
    /// libraries, building the four recognizer languages (hundreds of regular expressions each) and compiling the code
    /// paths the pages take. This project turns tiered compilation off, so each method is compiled once, fully
    /// optimised, on its first call: a warm-up that reaches few paths leaves seconds of compilation inside the timed
    /// run (3.8 s of 7.8 s of processor time on the 200 <c>trafilatura/</c> pages, with one short synthetic sentence
    /// per language). Hence one synthetic article per language (<c>WarmUp/*.html</c>, written for this purpose,
    /// no gold page), each with a broad mix of markup and date, time, duration, frequency and number expressions.
    /// Each is read from a file, as the pages are, once alone and once on the thread pool (see the body); the
    /// recognizer caches results by input text, so the second reading costs little and reaches no new recognizer path.
    /// Then every non-generic method of the libraries is compiled ahead (<see cref="MethodPrecompiler"/>, about 14,000
    /// in the recognizer's four languages, AngleSharp, FuzzySharp and ours): real pages
    /// still took some 850 methods the synthetic ones did not, 0.6–0.9 s of a 2.5–3.5 s run; that left about 450
    /// generic and framework methods (45 KB of IL) to the run. Last, the methods our code's IL calls, followed a few
    /// calls deep in their generic context (<see cref="CallGraphPrecompiler"/>, about 16,700 methods in 4–5 s): the
    /// generic instantiations over our types and the framework code (Uri, JSON, encodings) that no list of types
    /// reaches; about 310 methods (17 KB of IL: virtual and interface calls, mostly) are left to the run.
    /// </summary>
    private static void WarmUp()
    {
        // `all` runs several suites in one process: the one-time costs are paid once.
        if (WarmUpTime > TimeSpan.Zero)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var assembly = typeof(SuiteRunner).Assembly;
        var folder = Directory.CreateTempSubdirectory("attributionkit-warm-up-");
        try
        {
            var pages = new List<string>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".WarmUp.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var page = Path.Combine(folder.FullName, name);
                using (var resource = assembly.GetManifestResourceStream(name)!)
                using (var file = File.Create(page))
                {
                    resource.CopyTo(file);
                }

                pages.Add(page);
            }

            // The pages go the way the timed run's do, read from files, so that reading and decoding a file is compiled
            // here too, not on the run's first pages. One at a time first: the recognizer builds each language's model
            // on its first page, and two builds at once would raise the process's peak memory by some 80 MB. Then once
            // more on the thread pool, for the parallel loop's own code (the recognizer answers these from its cache).
            foreach (var page in pages)
            {
                ArticleAnalyzer.Analyze(page, AnalyzeOptions.Default);
            }

            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                ArticleAnalyzer.Analyze(pages[i], AnalyzeOptions.Default));

            PrecompiledMethods = MethodPrecompiler.Run();
            CallGraphMethods = CallGraphPrecompiler.Run([typeof(ArticleAnalyzer).Assembly]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        WarmUpTime = clock.Elapsed;
        WarmUpPeakMb = PeakMemory.Mb();
        WarmUpMemory = MemoryBreakdown.Describe("at the end of the warm-up");
    }

    /// <summary>What the process's memory consisted of when the warm-up ended.</summary>
    public static string WarmUpMemory { get; private set; } = string.Empty;

    /// <summary>The process's peak working set when the warm-up ended, in MB.</summary>
    public static double WarmUpPeakMb { get; private set; }

    /// <summary>
    /// For profiling only: with <c>ATTRIBUTIONKIT_EVAL_EXTRA_ROUNDS=N</c>, analyses the pages N (0 or more) more times before the
    /// timed run (untimed), so that a profiler attached after the warm-up sees a long steady stretch of page work, and
    /// prints "extra rounds start" to the error stream when they begin.
    /// </summary>
    private static void ExtraRounds(IReadOnlyList<(string Key, string Path)> pages)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_EXTRA_ROUNDS"), out var rounds) || rounds < 0)
        {
            return;
        }

        Console.Error.WriteLine("extra rounds start");
        for (var round = 0; round < rounds; round++)
        {
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                try
                {
                    ArticleAnalyzer.Analyze(pages[i].Path, AnalyzeOptions.Default);
                }
                catch (ArticleLoadException)
                {
                    // Counted in the timed run.
                }
            });
        }
    }

    /// <summary>How long the garbage collector paused the timed run's threads.</summary>
    public static TimeSpan GcPause { get; private set; }

    /// <summary>The timed run's garbage collections by generation (0, 1, 2).</summary>
    public static int[] Collections { get; private set; } = [0, 0, 0];

    /// <summary>The time the JIT spent during the timed run compiling methods the warm-up did not reach.</summary>
    public static TimeSpan JitTime { get; private set; }

    /// <summary>The bytes the timed run allocated, over all threads.</summary>
    public static long Allocated { get; private set; }

    /// <summary>How many methods the JIT compiled during the timed run.</summary>
    public static long JitMethods { get; private set; }

    /// <summary>The processor time the timed run used, over all threads.</summary>
    public static TimeSpan CpuTime { get; private set; }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>How many generic instantiations and framework methods the warm-up compiled from our call graph.</summary>
    public static int CallGraphMethods { get; private set; }

    /// <summary>How many methods the warm-up compiled ahead of their first call.</summary>
    public static int PrecompiledMethods { get; private set; }

    /// <summary>How long the warm-up took (the process's one-time start cost).</summary>
    public static TimeSpan WarmUpTime { get; private set; }

    /// <summary>Prints throughput, peak memory and the mean time per stage.</summary>
    public static void PrintSpeed<T>(TextWriter output, List<Outcome<T>> outcomes, TimeSpan elapsed)
        where T : class
    {
        var done = outcomes.Where(o => o.Timings.HasValue).Select(o => o.Timings!.Value).ToList();
        var peakMb = PeakMemory.Mb();
        var peakOf = PeakMemory.ResetForRun ? "during the run" : "since the process started";
        output.WriteLine(FormattableString.Invariant(
            $"speed: {outcomes.Count / elapsed.TotalSeconds:0.0} pages/s ({outcomes.Count} pages in {elapsed.TotalSeconds:0.00} s, {Environment.ProcessorCount} threads, whole analysis, after a {WarmUpTime.TotalSeconds:0.00} s warm-up: four synthetic pages, {PrecompiledMethods} library methods and {CallGraphMethods} from their call graph compiled ahead), peak working set {peakMb:0} MB {peakOf} ({WarmUpPeakMb:0} MB at the end of the warm-up)"));
        output.WriteLine(FormattableString.Invariant(
            $"cpu: {CpuTime.TotalMilliseconds / outcomes.Count:0.0} ms of processor time per page ({outcomes.Count / CpuTime.TotalSeconds * Environment.ProcessorCount:0.0} pages/s if {Environment.ProcessorCount} cores were free; load average now {LoadAverage()})"));
        output.WriteLine(FormattableString.Invariant(
            $"gc: {GcPause.TotalSeconds:0.00} s paused ({GcPause.TotalSeconds / elapsed.TotalSeconds:P0} of the run); {Allocated / (1024.0 * 1024) / outcomes.Count:0.0} MB allocated per page; collections gen0 {Collections[0]}, gen1 {Collections[1]}, gen2 {Collections[2]}; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, latency mode {System.Runtime.GCSettings.LatencyMode}"));
        output.WriteLine(WarmUpMemory);
        output.WriteLine(MemoryBreakdown.Describe("after the run"));
        output.WriteLine(FormattableString.Invariant(
            $"jit: {JitTime.TotalSeconds:0.00} s compiling {JitMethods} methods during the run"));
        output.WriteLine(FormattableString.Invariant(
            $"recognizer result caches: {AttributionKit.Extraction.Dates.RecognizerResultCaches.Count} results held (at most {AttributionKit.Extraction.Dates.RecognizerResultCaches.EntriesPerCache} in each of {AttributionKit.Extraction.Dates.RecognizerResultCaches.EnsureBounded().Count})"));
        if (done.Count == 0)
        {
            return;
        }

        double Mean(Func<AnalysisTimings, TimeSpan> stage) => done.Average(t => stage(t).TotalMilliseconds);
        output.WriteLine(FormattableString.Invariant(
            $"mean ms per page: load {Mean(t => t.Load):0.00}, segment {Mean(t => t.Segment):0.00}, dates {Mean(t => t.Dates):0.00}, outlets {Mean(t => t.Outlets):0.00}, attribution {Mean(t => t.Attribution):0.00}, claims {Mean(t => t.Claims):0.00}, rules {Mean(t => t.Rules):0.00}"));
    }
}
