namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// An "as" or "and" that joins two halves of one phrase rather than two clauses: the second "as" of a comparison
/// ("Polls show as many as 30 percent of the pilots say …") and the "and" of a pair opened by "both" ("Vale said
/// both she and Holt promised to fight the toll"). The reporting clause after it is inside what was said, not a
/// clause beside it, so the content is not cut before it.
/// </summary>
internal static class PairedPhrase
{
    // The most words between "both" and its "and": "both the harbour board and …".
    private const int MaxPairWords = 4;

    /// <summary>
    /// Whether <paramref name="connector"/>, a word standing right after <paramref name="before"/> (the words of the
    /// clause before it), closes a comparison "as many as" or joins a pair opened by "both".
    /// </summary>
    public static bool Joins(ReadOnlySpan<char> before, ReadOnlySpan<char> connector)
    {
        var words = before.TrimEnd().ToString()
            .Split((char[])[' ', '\u00a0', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (connector is "as")
        {
            // "as many as", "as much as", "twice as large as": "as" and one word of degree before this "as".
            return words.Length >= 2 && words[^2].Equals("as", StringComparison.OrdinalIgnoreCase)
                && words[^1].All(char.IsLetter);
        }

        if (connector is not "and")
        {
            return false;
        }

        for (var k = words.Length - 1; k >= 0 && k >= words.Length - MaxPairWords; k--)
        {
            if (!words[k].All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '.' or '-'))
            {
                return false;
            }

            if (words[k].Equals("both", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
