using System.Text;
using System.Text.RegularExpressions;

namespace AttributionKit.Loading;

/// <summary>
/// Decodes an article's bytes as a browser would: a byte-order mark wins; then a declared charset
/// (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content type, XML declaration) found in the first bytes;
/// then strict UTF-8; then, for text that is mostly UTF-8 with a few stray single bytes (a page pasted together from
/// two encodings), UTF-8 with each stray byte read as windows-1252; else windows-1252, which decodes every byte.
/// </summary>
internal static partial class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether the bytes are binary rather than text: NUL bytes or many control bytes in the first 8 KiB (UTF-16/32 with a BOM are text).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (DetectBom(bytes, out _) is not null)
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        return controls > head.Length / 20;
    }

    /// <summary>Decodes the bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="lookForDeclaredCharset">Whether to honour an HTML/XML charset declaration.</param>
    public static string Decode(byte[] bytes, bool lookForDeclaredCharset)
    {
        if (DetectBom(bytes, out var bomLength) is { } bomEncoding)
        {
            return bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }

        if (lookForDeclaredCharset && DeclaredEncoding(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return MostlyUtf8(bytes) ? DecodeMixed(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>Whether well-formed multi-byte UTF-8 sequences outnumber the bytes that cannot be UTF-8.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(bytes[i..]);
            if (length > 0)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return valid > invalid;
    }

    /// <summary>UTF-8 where it is well formed; every other byte as windows-1252 (what the stray byte most likely was).</summary>
    private static string DecodeMixed(byte[] bytes)
    {
        var windows1252 = Encoding.GetEncoding(1252);
        var text = new StringBuilder(bytes.Length);
        var runStart = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(bytes.AsSpan(i));
            if (length > 0)
            {
                i += length;
                continue;
            }

            text.Append(Encoding.UTF8.GetString(bytes, runStart, i - runStart));
            text.Append(windows1252.GetString(bytes, i, 1));
            i++;
            runStart = i;
        }

        text.Append(Encoding.UTF8.GetString(bytes, runStart, bytes.Length - runStart));
        return text.ToString();
    }

    /// <summary>The length of the well-formed UTF-8 sequence at the start of <paramref name="bytes"/> (its first byte is not ASCII), or 0.</summary>
    private static int SequenceLength(ReadOnlySpan<byte> bytes)
    {
        return System.Text.Unicode.Utf8.IsValid(bytes[..Math.Min(2, bytes.Length)]) ? 2
            : System.Text.Unicode.Utf8.IsValid(bytes[..Math.Min(3, bytes.Length)]) ? 3
            : System.Text.Unicode.Utf8.IsValid(bytes[..Math.Min(4, bytes.Length)]) ? 4
            : 0;
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>The charset declared in the first 4 KiB, as a browser's pre-scan finds it; <see langword="null"/> when none or unknown.</summary>
    internal static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["charset"].Value.Trim().ToLowerInvariant();

        // As the WHATWG Encoding standard says, these labels mean windows-1252 on the web.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1")
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
