namespace AttributionKit.Cli.Running;

/// <summary>
/// Analyses many inputs in parallel and hands each outcome over in input order as soon as it and all before it
/// are done, so streaming formats can write while the batch runs and the output order never depends on timing.
/// </summary>
internal static class BatchAnalyzer
{
    /// <summary>Runs <paramref name="analyze"/> over every input.</summary>
    /// <param name="count">How many inputs there are.</param>
    /// <param name="jobs">How many run at once.</param>
    /// <param name="analyze">Analyses input <c>i</c>; must not throw (an error is an outcome).</param>
    /// <param name="onOutcome">Receives outcomes in input order, one at a time.</param>
    /// <param name="onCompleted">Told each time any input finishes (in completion order), for progress.</param>
    public static void Run(int count, int jobs, Func<int, FileOutcome> analyze, Action<FileOutcome> onOutcome, Action? onCompleted = null)
    {
        var outcomes = new FileOutcome?[count];
        var next = 0;
        var gate = new object();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var outcome = analyze(i);
            lock (gate)
            {
                outcomes[i] = outcome;
                onCompleted?.Invoke();
                while (next < outcomes.Length && outcomes[next] is { } ready)
                {
                    onOutcome(ready);
                    outcomes[next] = null;
                    next++;
                }
            }
        });
    }

    /// <summary>Analyses one input; any failure becomes the outcome's error, never an exception.</summary>
    public static FileOutcome AnalyzeOne(string? fullPath, string displayPath, AnalyzeOptions options, Func<Stream> standardInput)
    {
        try
        {
            AnalysisResult result;
            if (fullPath is null)
            {
                using var stream = standardInput();
                result = ArticleAnalyzer.Analyze(stream, null, options);
            }
            else
            {
                result = ArticleAnalyzer.Analyze(fullPath, options);
            }

            return new FileOutcome(displayPath, result.Article.Format, result, null);
        }
        catch (ArticleLoadException ex)
        {
            return new FileOutcome(displayPath, options.Format, null, ex.Problem);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One article that breaks the analysis must not end the batch; its entry says what happened.
            return new FileOutcome(displayPath, options.Format, null, $"analysis failed: {ex.Message}");
        }
    }
}
