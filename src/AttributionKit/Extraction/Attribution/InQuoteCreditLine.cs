using System.Buffers;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A pull quote's credit written inside its own quote marks on a line of its own, as some sites' quote boxes come out
/// in text: <c>"The reality is … problems for her here.⏎S.C. Rep. Jim Clyburn."</c>. The words before the line end a
/// sentence; the line is short, ends with a full stop and names a person in full (first and last name, with any title or
/// affiliation: <c>Dean Baker, Center for Economic and Policy Research.</c>), so a quoted second paragraph such as
/// <c>Thank you.</c> or a slogan is not taken for one.
/// </summary>
internal static class InQuoteCreditLine
{
    private const int MaxWords = 12;
    private const int MaxLineLength = 160;

    // A credit line names; it does not ask, exclaim, introduce or quote.
    private static readonly SearchValues<char> NotInCredit = SearchValues.Create("?!:;\"“”");

    /// <summary>The quoted words before the credit line and the line taken apart, or <see langword="null"/> when the
    /// quoted words <paramref name="inner"/> do not end with one.</summary>
    /// <param name="text">The article's main text.</param>
    /// <param name="inner">The quoted words, without their marks.</param>
    /// <param name="breaksLine">Whether the white space at an offset of <paramref name="text"/> breaks a line of the file
    /// (a loader may have joined the lines of one paragraph with a space).</param>
    public static (TextRange Quoted, AttributionLine Line)? Find(string text, TextRange inner, Func<int, bool> breaksLine)
    {
        var end = inner.End;
        while (end > inner.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - inner.Start < 4 || text[end - 1] != '.')
        {
            return null;
        }

        // The last line break among the last words: a credit line is short.
        var newline = -1;
        for (var i = end - 2; i > inner.Start && i > end - MaxLineLength; i--)
        {
            if (char.IsWhiteSpace(text[i]) && breaksLine(i))
            {
                newline = i;
                break;
            }
        }

        if (newline <= inner.Start || !char.IsUpper(text[newline + 1]))
        {
            return null;
        }

        var quotedEnd = newline;
        while (quotedEnd > inner.Start && char.IsWhiteSpace(text[quotedEnd - 1]))
        {
            quotedEnd--;
        }

        var last = quotedEnd > inner.Start ? text[quotedEnd - 1] : ' ';
        if (last is '”' or '"' or '’' or '\'' && quotedEnd - 1 > inner.Start)
        {
            last = text[quotedEnd - 2];
        }

        var lineRange = new TextRange(newline + 1, end);
        if (last is not ('.' or '!' or '?' or '…') || text.AsSpan(lineRange.Start, lineRange.Length).ContainsAny(NotInCredit)
            || WordTokenizer.Tokenize(text, lineRange.Start, lineRange.End).Count > MaxWords
            || AttributionLineParser.Parse(text, lineRange) is not { } line)
        {
            return null;
        }

        var speaker = SpeakerNameParser.Parse(text, line.Speaker);
        if (speaker.Type != SpeakerType.Person || !speaker.Name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return (new TextRange(inner.Start, quotedEnd), line);
    }
}
