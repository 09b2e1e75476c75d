using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Text;

namespace AttributionKit.Loading;

/// <summary>
/// Reads the dates a document gives for itself: machine dates (ISO 8601, RFC 1123, compact <c>20250519</c>)
/// from metadata, and human dates ("Monday, October 6, 2025", "6 October 2025", "10. April 2020", "6 octobre 2025")
/// from datelines and bylines.
/// </summary>
internal static partial class DocumentDateParser
{
    /// <summary>Dates before this are not taken as a web page's publication date.</summary>
    public static readonly DateOnly Earliest = new(1995, 1, 1);

    private static readonly FrozenDictionary<string, int> Months = LoadMonths();

    /// <summary>A parsed document date.</summary>
    public readonly record struct Parsed(DateOnly Date, TimeOnly? Time, TimeSpan? Offset);

    /// <summary>Parses a machine-readable date or date-time.</summary>
    public static Parsed? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            if (!TryDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out var date))
            {
                return null;
            }

            if (!iso.Groups["h"].Success)
            {
                return new Parsed(date, null, null);
            }

            var time = new TimeOnly(
                Math.Min(23, int.Parse(iso.Groups["h"].Value, CultureInfo.InvariantCulture)),
                Math.Min(59, int.Parse(iso.Groups["min"].Value, CultureInfo.InvariantCulture)),
                iso.Groups["s"].Success ? Math.Min(59, int.Parse(iso.Groups["s"].Value, CultureInfo.InvariantCulture)) : 0);
            TimeSpan? offset = null;
            var zone = iso.Groups["z"].Value;
            if (zone is "Z" or "z")
            {
                offset = TimeSpan.Zero;
            }
            else if (zone.Length > 0)
            {
                var sign = zone[0] == '-' ? -1 : 1;
                var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
                var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
                var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
                offset = sign * new TimeSpan(hours, minutes, 0);
            }

            return new Parsed(date, time, offset);
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return new Parsed(DateOnly.FromDateTime(rfc.DateTime), TimeOnly.FromDateTime(rfc.DateTime), rfc.Offset);
        }

        return ParseHuman(text) is { } human ? new Parsed(human.Date, null, null) : null;
    }

    /// <summary>Finds the first human-written date in <paramref name="text"/>; returns it with where it stood.</summary>
    public static (DateOnly Date, int Index, int Length)? ParseHuman(string text)
    {
        foreach (Match m in HumanDate().Matches(text))
        {
            var monthWord = m.Groups["mon1"].Success ? m.Groups["mon1"].Value : m.Groups["mon2"].Value;
            var day = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
            if (Months.TryGetValue(monthWord.TrimEnd('.').ToLowerInvariant(), out var month)
                && TryDate(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), day, out var date))
            {
                return (date, m.Index, m.Length);
            }
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success && TryDate(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value, out var d2))
        {
            return (d2, numeric.Index, numeric.Length);
        }

        return null;
    }

    /// <summary>Whether the whole of <paramref name="line"/> is a dateline: a date, optionally with its weekday, and nothing else.</summary>
    public static DateOnly? ParseDateline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 60 || ParseHuman(trimmed) is not { } found)
        {
            return ParseMachine(trimmed) is { } machine && IsoDate().Match(trimmed).Length == trimmed.Length ? machine.Date : null;
        }

        var rest = (trimmed[..found.Index] + trimmed[(found.Index + found.Length)..]).Trim(' ', ',', '.', '|', '-', '–', '—');
        return rest.Length == 0 || IsWeekday(rest) ? found.Date : null;
    }

    /// <summary>
    /// The date of a wire dateline opening a paragraph: a place in capitals or title case, a comma, a date with its
    /// year, an optional agency in brackets and a dash ("LAKESIDE, May 19, 2025 — The council…", "Kyiv, 19 May 2025
    /// (Reuters) - "). Returns the date, the dateline as written without its dash ("Kyiv, 19 May 2025 (Reuters)") and
    /// the length up to the text after the dash, or <see langword="null"/>.
    /// </summary>
    public static (DateOnly Date, string Text, int Length)? ParseWireDateline(string paragraph)
    {
        // Only capitalised words and commas stand before the date, and a dash follows it: a sentence that holds a date
        // ("The talks, May 19, 2025, …", "Talks resumed in Kyiv, 19 May 2025 - …") is not a dateline.
        var head = paragraph.Length > 100 ? paragraph[..100] : paragraph;
        if (head.Length == 0 || !char.IsUpper(head[0]) || ParseHuman(head) is not { } found || found.Index == 0)
        {
            return null;
        }

        var place = WirePlace().Match(head[..found.Index]);
        var tail = WireTail().Match(head[(found.Index + found.Length)..]);
        if (!place.Success || !tail.Success)
        {
            return null;
        }

        var length = found.Index + found.Length + tail.Length;
        return (found.Date, head[..length].TrimEnd(' ', '—', '–', '-'), length);
    }

    private static bool IsWeekday(string word) =>
        Enum.GetNames<DayOfWeek>().Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase)
            || (word.Length >= 3 && n.StartsWith(word.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)));

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y < 100)
        {
            y += y < 70 ? 2000 : 1900;
        }

        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static FrozenDictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // The shared list first; the page-date list adds languages only pages' own dates are read in.
        foreach (var (month, name) in MonthNames.Read("Lexicons/month-names.txt").Concat(MonthNames.Read("Html/page-month-names.txt")))
        {
            months.TryAdd(name, month);
        }

        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-?(?<m>\d{2})-?(?<d>\d{2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{1,2})(?:\.\d+)?)?\s*(?<z>Z|z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // "October 6, 2025", "Oct. 6 2025" | "6 October 2025", "10. April 2020", "6 de octubre de 2025", "1er mai 2025",
    // "24 نيسان / أبريل 2020" (a month given by two names).
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mon1>\p{L}{3,10}\.?)\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d2>\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?(?<mon2>\p{L}{3,10}\.?)(?:\s*/\s*\p{L}{3,10})?,?\s+(?:de\s+)?(?<y>\d{4}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex HumanDate();

    // "LAKESIDE, ", "Lakeside, Ontario, ", "SAN JUAN, Puerto Rico, Tuesday, ": one to four capitalised words per
    // part, each part closed by a comma.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}, ){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex WirePlace();

    // After the date: an optional agency in brackets, then a dash set off by spaces.
    [GeneratedRegex(@"^,?(?: \([^()\n]{1,40}\))? ?(?:—|–|--?) ", RegexOptions.CultureInvariant)]
    private static partial Regex WireTail();

    // "19.05.2025" (dotted, so day first, as everywhere but the US) and "2025/05/19". "19/05/2025" is left out:
    // slashed dates with the year last are day first or month first by the page's language (SlashedDate reads them).
    [GeneratedRegex(@"(?<!\d)(?:(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})|(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
