using AttributionKit.Checking;
using AttributionKit.Cli.Commands;
using AttributionKit.Cli.Inputs;
using AttributionKit.Cli.Reporting;

namespace AttributionKit.Cli.Running;

/// <summary>Runs <c>attributionkit check</c>: resolves inputs, analyses them, writes the report, computes the exit code.</summary>
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
        var inputs = InputResolver.Resolve(request.Paths, environment.CurrentDirectory, out var unmatched);
        foreach (var pattern in unmatched)
        {
            environment.Error.WriteLine($"attributionkit: no article matches '{pattern}'.");
        }

        if (inputs.Count == 0)
        {
            environment.Error.WriteLine("attributionkit: no input found.");
            return CliApplication.ExitToolFailure;
        }

        var options = AnalyzeOptions.Default with
        {
            Format = request.InputFormat,
            Clock = environment.Clock,
            ReferenceDate = CheckCommand.ParseReferenceDate(request.ReferenceDate),
        };

        var toFile = request.Output is not null;
        TextWriter writer;
        try
        {
            writer = toFile ? new StreamWriter(request.Output!, append: false, new System.Text.UTF8Encoding(false)) : environment.Out;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            environment.Error.WriteLine($"attributionkit: cannot write '{request.Output}': {ex.Message}");
            return CliApplication.ExitToolFailure;
        }

        using var report = ReportFormats.Create(request.Format, writer, environment, colour: !toFile && !environment.IsOutputRedirected);
        var summary = new RunSummary();
        try
        {
            report.Begin();
            BatchAnalyzer.Run(inputs, options, request.Jobs, environment.OpenStandardInput, outcome =>
            {
                summary.Add(outcome, request.FailOn);
                report.Write(outcome);
            });
            report.End(summary);
        }
        finally
        {
            if (toFile)
            {
                writer.Dispose();
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

        return summary.Failed.Count > 0 ? CliApplication.ExitToolFailure
            : summary.FailingFindings > 0 ? CliApplication.ExitFindings
            : CliApplication.ExitClean;
    }
}
