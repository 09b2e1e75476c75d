using System.Globalization;
using System.Text;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>) with the runner's escaping:
/// in the message <c>%</c>, CR and LF become <c>%25</c>, <c>%0D</c>, <c>%0A</c>; in property values <c>:</c> and
/// <c>,</c> also become <c>%3A</c> and <c>%2C</c> (as in actions/toolkit's <c>command.ts</c>).
/// </summary>
internal static class GitHubCommands
{
    /// <summary>Escapes a command's message.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>Formats one command: <c>::name key=value,key=value::message</c>; properties with a <see langword="null"/> value are left out.</summary>
    public static string Format(string command, IEnumerable<(string Key, object? Value)> properties, string message)
    {
        var line = new StringBuilder("::").Append(command);
        var first = true;
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            line.Append(first ? ' ' : ',').Append(key).Append('=')
                .Append(EscapeProperty(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            first = false;
        }

        return line.Append("::").Append(EscapeData(message)).ToString();
    }
}
