namespace AttributionKit.Loading.Html;

/// <summary>
/// Reads "08/08/2017"-style dates of bylines, which the shared parser leaves alone because the order of day and
/// month is ambiguous: a part over 12 settles it, otherwise the page's language does (month first in US English).
/// </summary>
internal static class SlashedDate
{
    public static (DateOnly Date, int Index, int Length)? Find(string text, string? language)
    {
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if ((i > 0 && char.IsAsciiDigit(text[i - 1])) || !IsDigits(text, i, 2) || text[i + 2] != '/' || !IsDigits(text, i + 3, 2) || text[i + 5] != '/' || !IsDigits(text, i + 6, 4)
                || (i + 10 < text.Length && char.IsAsciiDigit(text[i + 10])))
            {
                continue;
            }

            var a = (text[i] - '0') * 10 + (text[i + 1] - '0');
            var b = (text[i + 3] - '0') * 10 + (text[i + 4] - '0');
            var year = ((text[i + 6] - '0') * 1000) + ((text[i + 7] - '0') * 100) + ((text[i + 8] - '0') * 10) + (text[i + 9] - '0');
            var monthFirst = b > 12 || (a <= 12 && language is not null && language.StartsWith("en-us", StringComparison.OrdinalIgnoreCase));
            var (month, day) = monthFirst ? (a, b) : (b, a);
            if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return (new DateOnly(year, month, day), i, 10);
            }
        }

        return null;
    }

    private static bool IsDigits(string text, int at, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!char.IsAsciiDigit(text[at + k]))
            {
                return false;
            }
        }

        return true;
    }
}
