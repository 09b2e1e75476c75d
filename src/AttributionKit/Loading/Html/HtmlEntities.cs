using System.Globalization;
using AngleSharp.Html;

namespace AttributionKit.Loading.Html;

/// <summary>Decodes one character reference (<c>&amp;amp;</c>, <c>&amp;rsquo;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) in the raw source.</summary>
internal static class HtmlEntities
{
    private static readonly System.Text.Encoding Windows1252Encoding = CreateWindows1252();

    /// <summary>Decodes the reference starting at <paramref name="at"/> (a <c>&amp;</c>); returns its text and source length.</summary>
    public static bool TryDecode(string source, int at, out string text, out int length)
    {
        text = string.Empty;
        length = 0;
        if (at + 2 >= source.Length || source[at] != '&')
        {
            return false;
        }

        if (source[at + 1] == '#')
        {
            var hex = at + 2 < source.Length && (source[at + 2] == 'x' || source[at + 2] == 'X');
            var digitsStart = at + (hex ? 3 : 2);
            var end = digitsStart;
            while (end < source.Length && end - digitsStart < 8 && (hex ? Uri.IsHexDigit(source[end]) : char.IsAsciiDigit(source[end])))
            {
                end++;
            }

            if (end == digitsStart
                || !int.TryParse(source.AsSpan(digitsStart, end - digitsStart), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            // The HTML standard maps these C1 code points to windows-1252 characters, as browsers do.
            text = code is >= 0x80 and <= 0x9F ? Windows1252(code) : code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
            length = end - at + (end < source.Length && source[end] == ';' ? 1 : 0);
            return true;
        }

        var nameEnd = at + 1;
        while (nameEnd < source.Length && nameEnd - at <= 32 && char.IsAsciiLetterOrDigit(source[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == at + 1)
        {
            return false;
        }

        var hasSemicolon = nameEnd < source.Length && source[nameEnd] == ';';
        var name = source.Substring(at + 1, nameEnd - at - 1);
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(name + ";");
        if (symbol is null && !hasSemicolon)
        {
            symbol = HtmlEntityProvider.Resolver.GetSymbol(name);
        }

        if (string.IsNullOrEmpty(symbol))
        {
            return false;
        }

        text = symbol;
        length = nameEnd - at + (hasSemicolon ? 1 : 0);
        return true;
    }

    private static string Windows1252(int code) => Windows1252Encoding.GetString([(byte)code]);

    private static System.Text.Encoding CreateWindows1252()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    }
}
