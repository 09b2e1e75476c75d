using System.CommandLine;
using System.Globalization;
using AttributionKit.Cli.Inputs;
using AttributionKit.Cli.Reporting;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Commands;

/// <summary><c>attributionkit check</c>: analyses files, folders and globs and reports findings.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleEnvironment environment)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched for .html, .htm, .md, .markdown, .txt) or globs such as 'articles/**/*.html'; '-' reads one article from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => ReportFormats.Default,
        };
        format.AcceptOnlyFromAmong(ReportFormats.All);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file; a summary still goes to the console." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when a finding at or above this severity remains (default: the configuration's failOn, else error).",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var inputFormat = new Option<string?>("--input-format") { Description = "Read every input as this format instead of detecting it." };
        inputFormat.AcceptOnlyFromAmong("html", "markdown", "text");
        var referenceDate = new Option<string?>("--reference-date") { Description = "Resolve 'today' and other relative dates against this date (YYYY-MM-DD) instead of each document's own date." };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to analyse at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };

        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file for every input instead of the nearest .attributionkit.json." };
        var noInlineConfig = new Option<bool>("--no-inline-config") { Description = "Ignore attributionkit-disable/enable comments in the articles." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings this baseline file (from --write-baseline) does not record." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record the current findings in this file (exit 0 unless the tool fails), to adopt the linter on an existing archive." };

        var command = new Command("check", "Check articles and report what a careful editor would flag.")
        {
            paths, format, output, failOn, inputFormat, referenceDate, jobs, config, noInlineConfig, baseline, writeBaseline,
        };
        UnknownOptionCheck.Attach(paths, command, environment);
        command.SetAction(parse =>
        {
            var request = new CheckRequest(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format) ?? ReportFormats.Default,
                parse.GetValue(output),
                FailLevel.Parse(parse.GetValue(failOn)),
                parse.GetValue(inputFormat) switch
                {
                    "html" => ArticleFormat.Html,
                    "markdown" => ArticleFormat.Markdown,
                    "text" => ArticleFormat.Text,
                    _ => null,
                },
                parse.GetValue(referenceDate),
                Math.Max(1, parse.GetValue(jobs)))
            {
                ConfigPath = parse.GetValue(config),
                NoInlineConfig = parse.GetValue(noInlineConfig),
                BaselinePath = parse.GetValue(baseline),
                WriteBaselinePath = parse.GetValue(writeBaseline),
            };
            return CheckRunner.Run(request, environment);
        });
        return command;
    }

    internal static DateOnly? ParseReferenceDate(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--reference-date '{value}' is not a date of the form YYYY-MM-DD.");
}
