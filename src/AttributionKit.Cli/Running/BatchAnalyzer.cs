using AttributionKit.Cli.Inputs;

namespace AttributionKit.Cli.Running;

/// <summary>
/// Analyses many inputs in parallel and hands each outcome over in input order as soon as it and all before it
/// are done, so streaming formats can write while the batch runs and the output order never depends on timing.
/// </summary>
internal static class BatchAnalyzer
{
    public static void Run(IReadOnlyList<InputFile> inputs, AnalyzeOptions options, int jobs, Func<Stream> standardInput, Action<FileOutcome> onOutcome)
    {
        var outcomes = new FileOutcome?[inputs.Count];
        var next = 0;
        var gate = new object();
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var outcome = AnalyzeOne(inputs[i], options, standardInput);
            lock (gate)
            {
                outcomes[i] = outcome;
                while (next < outcomes.Length && outcomes[next] is { } ready)
                {
                    onOutcome(ready);
                    outcomes[next] = null;
                    next++;
                }
            }
        });
    }

    public static FileOutcome AnalyzeOne(InputFile input, AnalyzeOptions options, Func<Stream> standardInput)
    {
        try
        {
            AnalysisResult result;
            if (input.FullPath is null)
            {
                using var stream = standardInput();
                result = ArticleAnalyzer.Analyze(stream, null, options);
            }
            else
            {
                result = ArticleAnalyzer.Analyze(input.FullPath, options);
            }

            return new FileOutcome(input.DisplayPath, result.Article.Format, result, null);
        }
        catch (ArticleLoadException ex)
        {
            return new FileOutcome(input.DisplayPath, options.Format, null, ex.Problem);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One article that breaks the analysis must not end the batch; its entry says what happened.
            return new FileOutcome(input.DisplayPath, options.Format, null, $"analysis failed: {ex.Message}");
        }
    }
}
