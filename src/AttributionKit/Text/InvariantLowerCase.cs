namespace AttributionKit.Text;

/// <summary>
/// <see cref="string.ToLowerInvariant"/> without a call into ICU for every word that holds a letter above ASCII.
/// </summary>
/// <remarks>
/// The tokenizers lower-case every word of a page, several times over, and the runtime hands any string with a
/// character above ASCII ("für", "Trump’s") to ICU, which cost about a tenth of a page's processor time on the
/// <c>trafilatura/</c> pages. The runtime lower-cases such a string one code point at a time, each exactly as
/// <see cref="char.ToLowerInvariant"/> does; so each character of the Basic Multilingual Plane is mapped here by that
/// method once per process and the mapping kept. A string with a surrogate (a character beyond that plane, whose case
/// only the pair tells) is left to the runtime. Thread-safe: racing threads store the same mapping.
/// </remarks>
internal static class InvariantLowerCase
{
    // The lower case of each UTF-16 code unit, '\0' where not yet asked (the lower case of '\0' is itself, so it is
    // simply asked again).
    private static readonly char[] Lowered = new char[char.MaxValue + 1];

    /// <summary>The same string as <c><paramref name="text"/>.ToLowerInvariant()</c>; <paramref name="text"/> itself when nothing changes.</summary>
    public static string Of(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                return text.ToLowerInvariant();
            }

            if (Lower(c) != c)
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        for (var k = i + 1; k < text.Length; k++)
        {
            if (char.IsSurrogate(text[k]))
            {
                return text.ToLowerInvariant();
            }
        }

        return string.Create(text.Length, (text, i), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            for (var k = first; k < source.Length; k++)
            {
                span[k] = Lower(source[k]);
            }
        });
    }

    /// <summary>The same character as <see cref="char.ToLowerInvariant"/> for a character that is no surrogate.</summary>
    private static char Lower(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        var lowered = Lowered[c];
        if (lowered == '\0')
        {
            lowered = char.ToLowerInvariant(c);
            Lowered[c] = lowered;
        }

        return lowered;
    }
}
