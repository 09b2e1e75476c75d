namespace AttributionKit.Extraction.Attribution;

/// <summary>One stretch of text between quote marks inside one block.</summary>
/// <param name="Open">The offset of the opening mark.</param>
/// <param name="Close">The offset of the closing mark, or the block's end when the quote runs on into the next paragraph.</param>
/// <param name="BlockIndex">The block holding it.</param>
/// <param name="IsClosed">Whether a closing mark was found in the block.</param>
/// <param name="ContinuesPrevious">Whether it carries on a quote left open at the end of the previous paragraph.</param>
internal sealed record QuotedSegment(int Open, int Close, int BlockIndex, bool IsClosed, bool ContinuesPrevious)
{
    /// <summary>From the opening mark to just past the closing mark.</summary>
    public TextRange Outer => new(Open, IsClosed ? Close + 1 : Close);

    /// <summary>The quoted words without the marks and surrounding white space.</summary>
    public TextRange Inner(string text)
    {
        var s = Open + 1;
        var e = Close;

        // A doubled apostrophe ('') is one mark.
        if (text[Open] == '\'' && s < e && text[s] == '\'')
        {
            s++;
        }

        if (IsClosed && text[Close] == '\'' && e > s && text[e - 1] == '\'')
        {
            e--;
        }

        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextRange(s, e);
    }
}
