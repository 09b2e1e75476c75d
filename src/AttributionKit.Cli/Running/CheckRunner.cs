using System.Collections.Immutable;
using AttributionKit.Checking;
using AttributionKit.Cli.Baselines;
using AttributionKit.Cli.Commands;
using AttributionKit.Cli.Configuration;
using AttributionKit.Cli.Inputs;
using AttributionKit.Cli.Reporting;

namespace AttributionKit.Cli.Running;

/// <summary>
/// Runs <c>attributionkit check</c>: resolves inputs and their configuration, analyses them in parallel, applies the
/// baseline, writes the report, computes the exit code. Everything that can be wrong with the command line, a
/// configuration or a baseline is found before any article is analysed.
/// </summary>
internal static class CheckRunner
{
    public static int Run(CheckRequest request, ConsoleEnvironment environment)
    {
        try
        {
            return RunCore(request, environment);
        }
        catch (UsageException ex)
        {
            environment.Error.WriteLine($"attributionkit: {ex.Message}");
            return CliApplication.ExitToolFailure;
        }
    }

    private static int RunCore(CheckRequest request, ConsoleEnvironment environment)
    {
        var cwd = environment.CurrentDirectory;
        var hostOptions = environment.BaseOptions;
        ImmutableArray<RuleDescriptor> rules = [.. BuiltInRules.Descriptors, .. hostOptions.AdditionalRules.Select(r => r.Descriptor)];
        var discovery = new ConfigDiscovery(request.ConfigPath is null ? null : Path.GetFullPath(request.ConfigPath, cwd), rules);
        discovery.LoadExplicit();
        var baseline = request.BaselinePath is null ? null : Baseline.Load(Path.GetFullPath(request.BaselinePath, cwd));

        var inputs = InputResolver.Resolve(request.Paths, cwd, out var unmatched);
        foreach (var pattern in unmatched)
        {
            environment.Error.WriteLine($"attributionkit: no article matches '{pattern}'.");
        }

        var root = RepositoryRoot.Find(cwd);
        var baseOptions = hostOptions with
        {
            Format = request.InputFormat,
            Clock = environment.Clock,
            ReferenceDate = CheckCommand.ParseReferenceDate(request.ReferenceDate),
            InlineConfiguration = hostOptions.InlineConfiguration && !request.NoInlineConfig,
        };

        // Plan every input (its configuration, options, fail level) up front: a bad configuration fails here, before any work.
        var plans = new List<InputPlan>();
        foreach (var input in inputs)
        {
            var config = discovery.For(input.FullPath is null ? cwd : Path.GetDirectoryName(input.FullPath)!);
            if (config is not null && input.FullPath is not null && !input.IsExplicit && !config.Selects(input.FullPath))
            {
                continue;
            }

            var options = config?.Apply(baseOptions) ?? baseOptions;
            var failOn = request.FailOn is { } flag ? flag.Severity
                : config is { HasFailOn: true } ? config.FailOn
                : Severity.Error;
            plans.Add(new InputPlan(input, options, failOn, input.FullPath is null ? "-" : RepositoryRoot.Relative(root, input.FullPath)));
        }

        if (plans.Count == 0)
        {
            environment.Error.WriteLine(inputs.Count == 0 ? "attributionkit: no input found." : "attributionkit: no input left after the configuration's include/exclude globs.");
            return CliApplication.ExitToolFailure;
        }

        var toFile = request.Output is not null;
        TextWriter writer;
        try
        {
            writer = toFile ? new StreamWriter(Path.GetFullPath(request.Output!, cwd), append: false, new System.Text.UTF8Encoding(false)) : environment.Out;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            environment.Error.WriteLine($"attributionkit: cannot write '{request.Output}': {ex.Message}");
            return CliApplication.ExitToolFailure;
        }

        var colour = !toFile && !environment.IsOutputRedirected && environment.GetVariable("NO_COLOR") is not { Length: > 0 };
        var context = new ReportContext(root, rules, colour);
        var summary = new RunSummary();
        var unfiltered = request.WriteBaselinePath is null ? null : new List<FileOutcome>();
        using (var report = ReportFormats.Create(request.Format, writer, context))
        {
            try
            {
                using var progress = environment.IsErrorRedirected ? null : new ProgressBar(environment.Error, plans.Count);
                report.Begin();
                BatchAnalyzer.Run(
                    plans.Count,
                    request.Jobs,
                    i =>
                    {
                        var plan = plans[i];
                        var outcome = BatchAnalyzer.AnalyzeOne(plan.Input.FullPath, plan.Input.DisplayPath, plan.Options, environment.OpenStandardInput)
                            with { RepositoryPath = plan.RepositoryPath, FailOn = plan.FailOn };
                        return outcome;
                    },
                    outcome =>
                    {
                        unfiltered?.Add(outcome);
                        var shown = baseline?.Filter(outcome) ?? outcome;
                        summary.Add(shown);
                        report.Write(shown);
                    },
                    progress is null ? null : progress.Advance);
                progress?.Dispose();
                report.End(summary);
            }
            finally
            {
                if (toFile)
                {
                    writer.Dispose();
                }
            }
        }

        if (toFile || request.Format != ReportFormats.Text)
        {
            // Machine formats keep stdout clean; the summary goes to stderr (or to the console when writing a file).
            (toFile ? environment.Out : environment.Error).WriteLine(summary.Describe());
        }

        foreach (var failed in summary.Failed)
        {
            environment.Error.WriteLine($"attributionkit: {failed.DisplayPath}: {failed.Error}");
        }

        if (unfiltered is not null)
        {
            var baselinePath = Path.GetFullPath(request.WriteBaselinePath!, cwd);
            try
            {
                Baseline.Write(baselinePath, unfiltered);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine($"attributionkit: cannot write the baseline '{baselinePath}': {ex.Message}");
                return CliApplication.ExitToolFailure;
            }

            environment.Error.WriteLine($"attributionkit: wrote {unfiltered.Sum(o => o.Result?.Findings.Length ?? 0)} finding(s) to the baseline {request.WriteBaselinePath}.");
        }

        return summary.Failed.Count > 0 ? CliApplication.ExitToolFailure
            : unfiltered is not null ? CliApplication.ExitClean
            : summary.FailingFindings > 0 ? CliApplication.ExitFindings
            : CliApplication.ExitClean;
    }

    private sealed record InputPlan(InputFile Input, AnalyzeOptions Options, Severity? FailOn, string RepositoryPath);
}
