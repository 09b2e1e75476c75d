using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Recognizes a text that is nothing but a date: "Tue, 14 Jan 2020", "Sonntag, 8. Oktober 2017 um 02:12",
/// "2020-03-04 16:52:59", "13 Jan 2020, 22:11 GMT+10", and the two-digit years of German-style datelines ("8.5.12",
/// "02.12.19"), which are read nowhere else because in running text they are too often something else.
/// </summary>
internal static partial class DatelineText
{
    /// <summary>Longer texts are sentences or lists, not a date alone.</summary>
    private const int MaxLength = 60;

    /// <summary>Words besides the date: a weekday, "um", "at", a zone name.</summary>
    private const int MaxWords = 2;

    private static readonly FrozenSet<string> FillerWords = Lexicon.Set("Html/dateline-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The date, when <paramref name="text"/> (already trimmed) holds a date and at most a weekday, a time and punctuation.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text, string? language, DateOnly today)
    {
        if (text.Length is < 6 or > MaxLength)
        {
            return null;
        }

        var found = DocumentDateParser.ParseHuman(text) ?? SlashedDate.Find(text, language) ?? ShortYear(text, today);
        if (found is not { } date)
        {
            return null;
        }

        var rest = Clock().Replace(text.Remove(date.Index, date.Length), " ");
        var words = 0;
        foreach (Match word in Word().Matches(rest))
        {
            if (!FillerWords.Contains(word.Value.TrimEnd('.').ToLowerInvariant()) || ++words > MaxWords)
            {
                return null;
            }
        }

        return rest.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? found : null;
    }

    /// <summary>"8.5.12", "02.12.19": day, month and a two-digit year, dotted; the century is the one that keeps the date in the past.</summary>
    private static (DateOnly Date, int Index, int Length)? ShortYear(string text, DateOnly today)
    {
        var m = ShortYearDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        year += year <= (today.Year % 100) + 1 ? 2000 : 1900;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return (new DateOnly(year, month, day), m.Index, m.Length);
    }

    [GeneratedRegex(@"\p{L}[\p{L}.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>\d{2})(?![\d]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearDate();

    // "16:52:59", "22:11 GMT+10", "10:46 AM", "18.55 Uhr", "14h30", "(UTC+02:00)".
    [GeneratedRegex(@"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|hrs?|h))?(?:\s*\(?\s*(?:gmt|utc|[a-z]{2,4})?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)?)?|\b(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Clock();
}
