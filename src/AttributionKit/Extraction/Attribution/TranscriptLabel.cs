namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The speaker label of a transcript turn quoted as a paragraph: <c>"WALLACE: Let’s start with …</c>,
/// <c>"SEN. CRUZ: …</c>. The name in capitals before the colon says the turn, and each turn is its own relation even
/// when one quote runs on over the whole transcript.
/// </summary>
internal static class TranscriptLabel
{
    private const int MaxLabelWords = 4;

    /// <summary>The label at the start of the quoted words <paramref name="inner"/>, as a cue (the colon) naming its
    /// speaker, whose content is the rest of the turn; or <see langword="null"/>.</summary>
    public static CueCandidate? Find(string text, TextRange inner)
    {
        var limit = Math.Min(inner.End, inner.Start + 40);
        var colon = text.IndexOf(':', inner.Start, limit - inner.Start);
        if (colon <= inner.Start + 1)
        {
            return null;
        }

        var label = text.AsSpan(inner.Start, colon - inner.Start);
        var words = 0;
        var letters = 0;
        foreach (var part in label.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            foreach (var ch in part)
            {
                if (char.IsLower(ch) || !(char.IsLetter(ch) || ch is '.' or '-' or '\'' or '’'))
                {
                    return null;
                }

                letters += char.IsLetter(ch) ? 1 : 0;
            }
        }

        var start = colon + 1;
        while (start < inner.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (words == 0 || words > MaxLabelWords || letters < 2 || start >= inner.End)
        {
            return null;
        }

        return new CueCandidate(new TextRange(colon, colon + 1), new TextRange(inner.Start, colon), new TextRange(start, inner.End), false);
    }
}
