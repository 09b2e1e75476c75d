using System.CommandLine;
using AttributionKit.Cli.Commands;

namespace AttributionKit.Cli;

/// <summary>Builds the command line and runs it. Exit codes: 0 clean, 1 findings at or above the fail level, 2 the tool failed.</summary>
internal static class CliApplication
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitToolFailure = 2;

    public static int Run(string[] args, ConsoleEnvironment environment)
    {
        var root = new RootCommand("AttributionKit: checks news articles for quotes nobody said, dates that do not match, conflicting figures and anonymous sourcing.");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"attributionkit: {error.Message}");
            }

            environment.Error.WriteLine("Run 'attributionkit --help' for usage.");
            return ExitToolFailure;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            environment.Error.WriteLine($"attributionkit: {ex.Message}");
            return ExitToolFailure;
        }
    }
}
