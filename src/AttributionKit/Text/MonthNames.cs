using System.Collections.Frozen;
using System.Globalization;

namespace AttributionKit.Text;

/// <summary>
/// Month names by number, from lists in the format of <c>Lexicons/month-names.txt</c> (month, a tab, names separated by
/// <c>|</c>). The format is read here only, so the stages that need month names (page dates, claims, outlets) cannot
/// come to read it differently.
/// </summary>
internal static class MonthNames
{
    /// <summary>Every name and abbreviation in <c>Lexicons/month-names.txt</c>, in all its languages, compared ignoring case.</summary>
    public static FrozenSet<string> All { get; } = Read("Lexicons/month-names.txt")
        .Select(entry => entry.Name)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The entries of one month list, in file order: each name with the month (1–12) it stands for.</summary>
    /// <param name="relativePath">The list's path under <c>Resources/</c>.</param>
    public static IEnumerable<(int Month, string Name)> Read(string relativePath)
    {
        foreach (var line in Lexicon.Lines(relativePath))
        {
            var columns = line.Split('\t', 2);
            var month = int.Parse(columns[0], CultureInfo.InvariantCulture);
            foreach (var name in columns[1].Split('|'))
            {
                yield return (month, name);
            }
        }
    }
}
