using System.CommandLine;
using System.CommandLine.Parsing;
using FuzzySharp;

namespace AttributionKit.Cli.Commands;

/// <summary>
/// A misspelt option ("--no-progres") lands among the paths, because a path may be anything; reported as a missing file
/// it hides the real mistake. A path that starts with a dash and names no file or folder is reported at parse time as
/// an unknown option, with the nearest option the command has.
/// </summary>
internal static class UnknownOptionCheck
{
    // Below this FuzzySharp ratio the nearest option is more likely noise than what was meant.
    private const int SuggestionThreshold = 70;

    /// <summary>
    /// Adds the check to <paramref name="paths"/>; <paramref name="command"/> gives the option names to suggest, and
    /// paths are looked up from the <paramref name="environment"/>'s current directory as the inputs are.
    /// </summary>
    public static void Attach(Argument<string[]> paths, Command command, ConsoleEnvironment environment) =>
        paths.Validators.Add(result =>
        {
            List<string>? names = null;
            foreach (var token in result.Tokens)
            {
                var full = Path.Combine(environment.CurrentDirectory, token.Value);
                if (Problem(token.Value, names ??= OptionNames(command), _ => File.Exists(full), _ => Directory.Exists(full)) is { } problem)
                {
                    result.AddError(problem);
                }
            }
        });

    /// <summary>The error for one path token, or null when it is a path (or "-", standard input).</summary>
    internal static string? Problem(string token, IReadOnlyCollection<string> optionNames, Func<string, bool> fileExists, Func<string, bool> directoryExists)
    {
        if (token.Length < 2 || token[0] != '-' || fileExists(token) || directoryExists(token))
        {
            return null;
        }

        var name = token.Split('=', 2)[0];
        var nearest = optionNames.Count == 0 ? null : Process.ExtractOne(name, optionNames);
        var hint = nearest is not null && nearest.Score >= SuggestionThreshold ? $" Did you mean '{nearest.Value}'?" : string.Empty;
        return $"Unknown option '{name}'.{hint} (To check a file whose name starts with '-', write './{token}'.)";
    }

    private static List<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
}
