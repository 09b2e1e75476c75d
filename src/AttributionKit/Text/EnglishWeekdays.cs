namespace AttributionKit.Text;

/// <summary>The seven English weekday names in full, lower case, from <c>Lexicons/Dates/weekday-names.txt</c>.</summary>
internal static class EnglishWeekdays
{
    /// <summary>"monday" … "sunday": the first name of each line of the weekday list, which is the English one.</summary>
    public static IReadOnlyList<string> Names { get; } = Lexicon.Lines("Lexicons/Dates/weekday-names.txt")
        .Select(line => line.Split('\t')[1].Split('|')[0])
        .ToArray();
}
