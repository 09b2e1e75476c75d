namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The quotation marks of the styles AttributionKit reads, and how to tell an opening or closing single quote from
/// an apostrophe (<c>it’s</c>, <c>Britain’s</c>, <c>patients' groups</c>).
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Whether <paramref name="c"/> is any quotation mark.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’' or '‚' or '‹' or '›';

    /// <summary>The double quotation marks of every style (not the single ones, which also mark possessives: "Holt's").</summary>
    public static System.Buffers.SearchValues<char> Double { get; } = System.Buffers.SearchValues.Create("\"“”«»„");

    /// <summary>Whether <paramref name="c"/> opens a double quote in some style.</summary>
    public static bool IsDoubleOpener(char c) => c is '"' or '“' or '„' or '«';

    /// <summary>The marks that may close a quote opened by <paramref name="open"/>.</summary>
    public static string ClosersFor(char open) => open switch
    {
        '“' or '”' => "”\"",
        '"' => "\"”",
        '„' => "“”\"",
        '«' => "»",
        '‘' => "’'",
        '\'' => "'’",
        '‚' => "‘’",
        '‹' => "›",
        _ => string.Empty,
    };

    /// <summary>Whether the mark opens a single-quote style quote.</summary>
    public static bool IsSingle(char open) => open is '‘' or '\'' or '‚' or '‹';

    /// <summary>Whether the character at <paramref name="i"/> can open a quote: a mark at the start of a word.</summary>
    public static bool CanOpen(string text, int i, int blockStart, int blockEnd)
    {
        var c = text[i];
        if (c is not ('"' or '“' or '”' or '„' or '«' or '‘' or '\'' or '‚' or '‹'))
        {
            return false;
        }

        var next = i + 1 < blockEnd ? text[i + 1] : ' ';

        // "”Fix the pier,” Holt said.": a closing curly mark opening a paragraph before a word closes nothing (no quote
        // is open yet); it is the opening mark typed wrong.
        if (c == '”')
        {
            return i == blockStart && char.IsLetterOrDigit(next);
        }

        if (char.IsWhiteSpace(next))
        {
            return c is '«' or '„';
        }

        var atWordStart = i == blockStart || IsBoundaryBefore(text[i - 1]);
        if (c is '„' or '«' or '‚' or '‹')
        {
            return true;
        }

        if (c == '“')
        {
            // A curly opener right after a letter is a German closing mark or a typo; only the start of a word opens.
            return atWordStart || !char.IsLetterOrDigit(text[i - 1]);
        }

        if (!atWordStart)
        {
            return false;
        }

        if (c is '‘' or '\'')
        {
            // ’90s, 'em, 'n': elisions, not quotes.
            if (char.IsDigit(next) && i + 2 < blockEnd && char.IsDigit(text[i + 2]))
            {
                return false;
            }

            return char.IsLetterOrDigit(next) || next is '"' or '“' or '…' or '.';
        }

        return true;
    }

    /// <summary>Whether the mark at <paramref name="j"/> can close a quote opened by <paramref name="open"/>.</summary>
    public static bool CanClose(string text, int j, char open, int blockEnd)
    {
        var c = text[j];

        // “It's unusual,“ said …: an opening mark typed where the closing one belongs, right after the words.
        if (open == '“' && c == '“' && j > 0 && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= blockEnd || char.IsWhiteSpace(text[j + 1])))
        {
            return true;
        }

        if (!ClosersFor(open).Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        var prev = j > 0 ? text[j - 1] : ' ';
        var next = j + 1 < blockEnd ? text[j + 1] : ' ';
        if (!IsSingle(open))
        {
            // A straight double mark at the start of a word opens the next quote rather than closing this one.
            return c != '"' || !char.IsWhiteSpace(prev) || !char.IsLetterOrDigit(next);
        }

        // Single quotes: a mark between letters is an apostrophe (it’s, Britain’s, o'clock).
        if (char.IsLetterOrDigit(next) || char.IsWhiteSpace(prev))
        {
            return false;
        }

        // "patients’ groups": a plural possessive, when a lower-case word follows.
        if (prev is 's' or 'S' && j + 2 < blockEnd && next == ' ' && char.IsLower(text[j + 2]))
        {
            return false;
        }

        return true;
    }

    private static bool IsBoundaryBefore(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '"' or '‘' or '\'' or '«' or '„' or '‚' or '>' or '*' or '_';
}
