namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A dash and a name right after a quote as its credit line ("“The most unqualified child to ever run.” ― Francisco
/// Herrero"): up to five capitalised words closing the passage (or followed by a full stop, a comma, a bracket or a
/// quote) are the source of the words before the dash, unless another cue already holds them.
/// </summary>
internal static class DashCue
{
    // "“The most unqualified child to ever run.” ― Francisco Herrero": a dash and a name right after a quote credit it.
    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k < words.Count; k++)
        {
            if (!words[k - 1].InQuote || words[k].InQuote || !words[k].IsCapitalized)
            {
                continue;
            }

            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            var dash = gap.IndexOfAny("—―–");
            if (dash < 0)
            {
                continue;
            }

            var last = k;
            while (last + 1 < words.Count && words[last + 1].IsCapitalized && !words[last + 1].InQuote && CueFinder.IsSpaceOnly(text, words[last].End, words[last + 1].Start))
            {
                last++;
            }

            var rest = text.AsSpan(words[last].End, (last + 1 < words.Count ? words[last + 1].Start : frame.End) - words[last].End).Trim();
            if (last - k > 4 || !(rest.IsEmpty || rest[0] is '.' or ',' or '(' || QuoteMarks.IsQuoteMark(rest[0])))
            {
                continue;
            }

            var dashAt = words[k - 1].End + dash;
            var content = CueFinder.ContentBefore(text, frame, dashAt);
            if (content is { } c && !AnyContentOverlaps(found, c))
            {
                found.Add(new CueCandidate(new TextRange(dashAt, dashAt + 1), new TextRange(words[k].Start, words[last].End), c, false));
            }
        }
    }

    // found.Any(f => f.Content is { } fc && fc.Overlaps(range)), without a closure per word.
    private static bool AnyContentOverlaps(List<CueCandidate> found, TextRange range)
    {
        foreach (var candidate in found)
        {
            if (candidate.Content is { } content && content.Overlaps(range))
            {
                return true;
            }
        }

        return false;
    }
}
