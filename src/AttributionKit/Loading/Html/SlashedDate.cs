using System.Text.RegularExpressions;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Reads numeric dates of bylines ("08/08/2017", "15.2.2018", "2020-03-04 16:52", "2020.08.19"), which the shared
/// parser leaves alone because the order of day and month is ambiguous: a part over 12 settles it; dots are always
/// day first (no one writes month.day.year); otherwise the page's language does (month first in US English).
/// </summary>
internal static partial class SlashedDate
{
    public static (DateOnly Date, int Index, int Length)? Find(string text, string? language)
    {
        foreach (Match m in Numeric().Matches(text))
        {
            int year, month, day;
            if (m.Groups["y1"].Success)
            {
                year = int.Parse(m.Groups["y1"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                month = int.Parse(m.Groups["m1"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                day = int.Parse(m.Groups["d1"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                var a = int.Parse(m.Groups["a"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                year = int.Parse(m.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                var dotted = m.Groups["s"].Value == ".";
                var monthFirst = b > 12 || (!dotted && a <= 12 && language is not null && language.StartsWith("en-us", StringComparison.OrdinalIgnoreCase));
                (month, day) = monthFirst ? (a, b) : (b, a);
            }

            if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return (new DateOnly(year, month, day), m.Index, m.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.,/-])(?:(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<y>(?:19|20)\d{2})|(?<y1>(?:19|20)\d{2})(?<s1>[./-])(?<m1>\d{1,2})\k<s1>(?<d1>\d{1,2}))(?!\d|[./-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
