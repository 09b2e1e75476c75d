using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The word lists of the date stage (under <c>Resources/Lexicons/Dates/</c> and <c>Lexicons/month-names.txt</c>) and the
/// patterns built from them. Read once per process; every member is immutable and safe to share across threads.
/// </summary>
internal static partial class DateLexicons
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Month names and abbreviations (without final full stop) → month number.</summary>
    public static FrozenDictionary<string, int> Months { get; } = LoadMonths();

    /// <summary>Weekday names (abbreviations with their full stop) → day.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = LoadWeekdays();

    /// <summary>Relative day words ("today", "gestern") → offset in days from the day of writing.</summary>
    public static FrozenDictionary<string, int> RelativeDays { get; } = LoadPairs("Lexicons/Dates/relative-days.txt")
        .ToFrozenDictionary(p => Normalize(p.Key), p => int.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that, right before a bare month name, show it is the month.</summary>
    public static FrozenSet<string> MonthContextWords { get; } = Lexicon.Lines("Lexicons/Dates/month-context-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A relative day word at the start of a text.</summary>
    public static Regex LeadingRelativeDay { get; } = new(@"^(?<rel>" + Alternation(RelativeDays.Keys) + @")(?![\p{L}\p{N}])", Options);

    /// <summary>A relative day word at the end of a text (optionally in brackets).</summary>
    public static Regex TrailingRelativeDay { get; } = new(@"(?<![\p{L}\p{N}])(?<rel>" + Alternation(RelativeDays.Keys) + @")\)?$", Options);

    /// <summary>A relative day word directly before a position: "Yesterday, " before "Oct. 3".</summary>
    public static Regex RelativeDayBefore { get; } = new(@"(?<![\p{L}\p{N}])(?<rel>" + Alternation(RelativeDays.Keys) + @")[\s,(]*$", Options);

    /// <summary>A relative day word directly after a position: ", yesterday" or " (today)" after a date.</summary>
    public static Regex RelativeDayAfter { get; } = new(@"^[\s,(]*(?<rel>" + Alternation(RelativeDays.Keys) + @")(?![\p{L}\p{N}])", Options);

    /// <summary>A weekday name with the words that make it relative ("last Thursday", "lundi prochain").</summary>
    public static Regex Weekday { get; } = BuildWeekday();

    /// <summary>A day-precise calendar date written with a month name or in digits ("May 19, 2025", "12. Februar", "2025-02-12", "10/03/2025").</summary>
    public static Regex CalendarDate { get; } = BuildCalendarDate();

    /// <summary>Words the recognizer takes into a date that are not part of it ("by the", "since").</summary>
    public static Regex LeadingWords { get; } = new(@"^(?:(?:" + Alternation(Lexicon.Lines("Lexicons/Dates/date-leading-words.txt")) + @")\s+)+", Options);

    /// <summary>The leading words after which a range of time reads as a length of time ("within 12 hours").</summary>
    public static Regex DurationLeadingWords { get; } = new(@"^(?:within|in the (?:next|past|last)|over the (?:next|past|last)|for the (?:next|past|last))\s+", Options);

    /// <summary>A time of day at the end of a date-time ("..., at 10:00 AM").</summary>
    public static Regex TrailingTime { get; } = new(
        @"[\s,]*(?:(?:at|um|à|a\s+las|a\s+la|around|about)\s+)?(?<time>(?:(?<!\d)\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h)?|noon|midnight|midi|minuit|mediodía|medianoche|mittag|mitternacht))$",
        Options);

    /// <summary>
    /// A past cue ("was", "ago", an irregular past verb such as "broke", or a word ending in "-ed") standing as a whole word.
    /// </summary>
    public static Regex PastCue { get; } = new(
        @"(?<![\p{L}])(?:" + Alternation(Lexicon.Lines("Lexicons/Dates/past-cues.txt").Concat(Lexicon.Lines("Lexicons/irregular-past-verbs.txt"))) + @"|\p{L}{2,}ed)(?![\p{L}])",
        Options);

    /// <summary>A tally or score before a day ("7–2 on", "6-3 on"), which the recognizer takes for a range of hours.</summary>
    public static Regex LeadingTally { get; } = new(@"^\d{1,2}\s*[–-]\s*\d{1,2}\s+(?:on|at)\s+", Options);

    /// <summary>Words after which "9-5" is a range of hours, not a tally ("from", "open", "between").</summary>
    public static FrozenSet<string> TimeRangeOpeners { get; } = Lexicon.Lines("Lexicons/Dates/time-range-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A future cue ("will", "upcoming") standing as a whole word.</summary>
    public static Regex FutureCue { get; } = new(@"(?<![\p{L}])(?:" + Alternation(Lexicon.Lines("Lexicons/Dates/future-cues.txt")) + @")(?![\p{L}])", Options);

    /// <summary>What may stand between two parts of one date expression.</summary>
    public static Regex Apposition { get; } = new(
        @"^[\s,;:()\[\]—–-]*(?:(?:" + Alternation(Lexicon.Lines("Lexicons/Dates/apposition-words.txt")) + @")[\s,;:()\[\]—–-]+){0,2}$",
        Options);

    /// <summary>The same apostrophe for every spelling, so "aujourd’hui" and "aujourd'hui" look alike.</summary>
    public static string Normalize(string phrase) =>
        WhiteSpaceRun().Replace(phrase.Replace('’', '\''), " ").Trim().ToLowerInvariant();

    /// <summary>The month number of a month name or abbreviation ("Oct." → 10), or 0.</summary>
    public static int MonthOf(string word) => Months.TryGetValue(word.TrimEnd('.'), out var m) ? m : 0;

    private static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal).Replace("’", "['’]", StringComparison.Ordinal)));

    private static Regex BuildWeekday()
    {
        var modifiers = LoadModifiers();
        var before = Alternation(modifiers.Where(m => !m.After).Select(m => m.Word));
        var after = Alternation(modifiers.Where(m => m.After).Select(m => m.Word));
        var names = Alternation(Weekdays.Keys);
        return new Regex(
            @"(?<![\p{L}\p{N}])(?:(?<pre>" + before + @")\s+)?(?<wd>" + names + @")(?:(?<=\.)|(?![\p{L}]))(?:\s+(?<post>" + after + @")(?![\p{L}]))?",
            Options);
    }

    private static Regex BuildCalendarDate()
    {
        var month = "(?:" + Alternation(Months.Keys) + @")\.?";
        const string day = @"\d{1,2}(?:st|nd|rd|th|er|º)?";
        const string year = @"(?<y>\d{4})";
        return new Regex(
            @"(?<![\p{L}\p{N}])(?:"
            + @"(?<mon1>" + month + @")\s+(?<d1>" + day + @")(?![\d])(?:,?\s+" + year + @")?"
            + @"|(?<d2>\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?(?<mon2>" + month + @")(?![\p{L}])(?:,?\s+(?:de\s+)?" + year + @")?"
            + @"|(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})"
            + @"|(?<na>\d{1,2})(?<sep>[/.])(?<nb>\d{1,2})\k<sep>(?<ny>\d{4}|\d{2})"
            + @")(?![\p{L}\p{N}])",
            Options);
    }

    /// <summary>Weekday modifier words ("last", "prochain") → what they make of the weekday.</summary>
    public static FrozenDictionary<string, WeekdayModifier> WeekdayModifiers { get; } = LoadModifiers()
        .GroupBy(m => Normalize(m.Word))
        .ToFrozenDictionary(g => g.Key, g => g.First().Modifier, StringComparer.OrdinalIgnoreCase);

    /// <summary>The modifiers of weekdays: word, what it makes of the weekday, whether it follows the name.</summary>
    private static List<(string Word, WeekdayModifier Modifier, bool After)> LoadModifiers() =>
        Lexicon.Lines("Lexicons/Dates/weekday-modifiers.txt")
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 3)
            .Select(p => (p[0].Trim(), p[1].Trim() switch
            {
                "last" => WeekdayModifier.Last,
                "next" => WeekdayModifier.Next,
                _ => WeekdayModifier.This,
            }, p[2].Trim() == "after"))
            .ToList();

    private static IEnumerable<KeyValuePair<string, string>> LoadPairs(string path) =>
        Lexicon.Lines(path)
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => new KeyValuePair<string, string>(p[0].Trim(), p[1].Trim()));

    private static FrozenDictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, names) in LoadPairs("Lexicons/month-names.txt"))
        {
            foreach (var name in names.Split('|'))
            {
                months.TryAdd(name, int.Parse(number, CultureInfo.InvariantCulture));
            }
        }

        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, DayOfWeek> LoadWeekdays()
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, names) in LoadPairs("Lexicons/Dates/weekday-names.txt"))
        {
            var iso = int.Parse(number, CultureInfo.InvariantCulture);
            foreach (var name in names.Split('|'))
            {
                days.TryAdd(name, (DayOfWeek)(iso % 7));
            }
        }

        return days.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Generated, not the static Regex.Replace: the static methods share the framework's small cache of parsed
    // expressions with the recognizer (see DateRecognizerModels.MinimumRegexCacheSize), which parsed this one again
    // whenever the recognizer's own had pushed it out.
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();
}
