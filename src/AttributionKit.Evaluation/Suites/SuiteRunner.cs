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
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (key, path) = pages[i];
            try
            {
                var result = ArticleAnalyzer.Analyze(path, AnalyzeOptions.Default);
                results[i] = new Outcome<T>(key, keep(result), result.Timings, null);
            }
            catch (ArticleLoadException ex)
            {
                results[i] = new Outcome<T>(key, null, null, ex.Message);
            }
        });
        clock.Stop();
        CpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        GcPause = GC.GetTotalPauseDuration() - pauseBefore;
        Collections = [GC.CollectionCount(0) - collectionsBefore[0], GC.CollectionCount(1) - collectionsBefore[1], GC.CollectionCount(2) - collectionsBefore[2]];
        return ([.. results], clock.Elapsed);
    }

    /// <summary>
    /// The first analysis in a process pays for loading and compiling the parser and the library (about a second,
    /// mostly AngleSharp's static tables), and the first page in each language for building that language's date
    /// recognizer (hundreds of regular expressions, a second or more each): pay them on small synthetic pages, one
    /// per recognizer language, so the timing measures the pages. The warm-up time is printed beside the speed.
    /// </summary>
    private static void WarmUp()
    {
        var clock = Stopwatch.StartNew();
        const string english = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warm-up page | Site</title>
            <meta property="article:published_time" content="2020-04-10T10:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Warm-up page","datePublished":"2020-04-10"}</script></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Warm-up page</h1><time datetime="2020-04-10">April 10, 2020</time>
            <p>The minister said on Friday, April 10, 2020, that the plan &amp; the budget were &ldquo;ready&rdquo;, according to <a href="https://example.org/">Reuters</a>.</p>
            <blockquote><p>"We are ready," she said.</p><cite>— The minister</cite></blockquote><ul><li>One point.</li></ul>
            <table><tr><td>A cell</td></tr></table><svg><path/></svg></article><div class="comments"><p>A comment.</p></div></body></html>
            """;
        string[] others =
        [
            "<html lang=\"de\"><body><article><p>Die Ministerin sagte am Freitag, 10. April 2020, um 15 Uhr, der Plan sei seit drei Jahren fertig.</p></article></body></html>",
            "<html lang=\"fr\"><body><article><p>La ministre a déclaré vendredi 10 avril 2020 à 15 heures que le plan était prêt depuis trois ans.</p></article></body></html>",
            "<html lang=\"es\"><body><article><p>La ministra dijo el viernes 10 de abril de 2020 a las 15 horas que el plan estaba listo desde hace tres años.</p></article></body></html>",
        ];

        // Enough calls for the JIT to promote the hot paths to optimised code before the clock starts.
        for (var i = 0; i < 60; i++)
        {
            ArticleAnalyzer.Analyze(english, ArticleFormat.Html, AnalyzeOptions.Default);
            ArticleAnalyzer.Analyze(others[i % others.Length], ArticleFormat.Html, AnalyzeOptions.Default);
        }

        WarmUpTime = clock.Elapsed;
    }

    /// <summary>How long the garbage collector paused the timed run's threads.</summary>
    public static TimeSpan GcPause { get; private set; }

    /// <summary>The timed run's garbage collections by generation (0, 1, 2).</summary>
    public static int[] Collections { get; private set; } = [0, 0, 0];

    /// <summary>The processor time the timed run used, over all threads.</summary>
    public static TimeSpan CpuTime { get; private set; }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>How long the warm-up took (the process's one-time start cost).</summary>
    public static TimeSpan WarmUpTime { get; private set; }

    /// <summary>Prints throughput, peak memory and the mean time per stage.</summary>
    public static void PrintSpeed<T>(TextWriter output, List<Outcome<T>> outcomes, TimeSpan elapsed)
        where T : class
    {
        var done = outcomes.Where(o => o.Timings.HasValue).Select(o => o.Timings!.Value).ToList();
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        output.WriteLine(FormattableString.Invariant(
            $"speed: {outcomes.Count / elapsed.TotalSeconds:0.0} pages/s ({outcomes.Count} pages in {elapsed.TotalSeconds:0.00} s, {Environment.ProcessorCount} threads, whole analysis, after a {WarmUpTime.TotalSeconds:0.00} s warm-up on a synthetic page), peak working set {peakMb:0} MB"));
        output.WriteLine(FormattableString.Invariant(
            $"cpu: {CpuTime.TotalMilliseconds / outcomes.Count:0.0} ms of processor time per page ({outcomes.Count / CpuTime.TotalSeconds * Environment.ProcessorCount:0.0} pages/s if {Environment.ProcessorCount} cores were free; load average now {LoadAverage()})"));
        output.WriteLine(FormattableString.Invariant(
            $"gc: {GcPause.TotalSeconds:0.00} s paused ({GcPause.TotalSeconds / elapsed.TotalSeconds:P0} of the run); collections gen0 {Collections[0]}, gen1 {Collections[1]}, gen2 {Collections[2]}; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        if (done.Count == 0)
        {
            return;
        }

        double Mean(Func<AnalysisTimings, TimeSpan> stage) => done.Average(t => stage(t).TotalMilliseconds);
        output.WriteLine(FormattableString.Invariant(
            $"mean ms per page: load {Mean(t => t.Load):0.00}, segment {Mean(t => t.Segment):0.00}, dates {Mean(t => t.Dates):0.00}, outlets {Mean(t => t.Outlets):0.00}, attribution {Mean(t => t.Attribution):0.00}, claims {Mean(t => t.Claims):0.00}, rules {Mean(t => t.Rules):0.00}"));
    }
}
