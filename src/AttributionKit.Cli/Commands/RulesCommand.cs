using System.CommandLine;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Commands;

/// <summary><c>attributionkit rules</c>: lists the built-in rules with their ids, names, default severities and titles.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleEnvironment environment)
    {
        var command = new Command("rules", "List the built-in rules.");
        command.SetAction(_ =>
        {
            foreach (var rule in BuiltInRules.Descriptors)
            {
                environment.Out.WriteLine($"{rule.Id}  {rule.Name,-28} {rule.DefaultSeverity.ToString().ToLowerInvariant(),-8} {rule.Title}");
            }

            return CliApplication.ExitClean;
        });
        return command;
    }
}
