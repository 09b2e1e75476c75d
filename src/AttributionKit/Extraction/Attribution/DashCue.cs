namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A dash and a name right after a quote as its credit line ("“The most unqualified child to ever run.” ― Francisco
/// Herrero"): up to five capitalised words closing the passage (or followed by a full stop, a comma, a bracket or a
/// quote) are the source of the words before the dash, unless another cue already holds them. A plain hyphen set off
/// by spaces ("“Fix the pier.” - Dana Holt") credits too, but only a name that closes the passage, alone or with a
/// short description after a comma, since prose uses the hyphen as a dash ("“Yes” - and then he left").
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
            var hyphen = false;
            if (dash < 0)
            {
                // "“Fix the pier.” - Dana Holt": a plain hyphen set off by spaces after the closing quote.
                dash = HyphenAfterQuote(gap);
                hyphen = dash >= 0;
            }

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

            // "“Yes” - and then he left", "“A” - Lee said - …": a plain hyphen is also a dash of prose, so it credits
            // only a name that closes the passage, alone or with a short description after a comma.
            if (hyphen && !ClosesPassage(text, words, last, frame.End))
            {
                continue;
            }

            var dashAt = words[k - 1].End + dash;
            var content = ContentBoundary.ContentBefore(text, frame, dashAt);
            if (content is { } c && !AnyContentOverlaps(found, c))
            {
                found.Add(new CueCandidate(new TextRange(dashAt, dashAt + 1), new TextRange(words[k].Start, words[last].End), c, false));
            }
        }
    }

    // Where a plain hyphen (or two) set off by spaces stands in the gap after a closing quote ("” - ", ".” -- "), or -1.
    private static int HyphenAfterQuote(ReadOnlySpan<char> gap)
    {
        var at = gap.IndexOf('-');
        if (at < 1 || !char.IsWhiteSpace(gap[at - 1]))
        {
            return -1;
        }

        var end = at + 1;
        if (end < gap.Length && gap[end] == '-')
        {
            end++;
        }

        var before = gap[..at].TrimEnd();
        return end < gap.Length && char.IsWhiteSpace(gap[end]) && gap[end..].Trim().IsEmpty
            && before.Length > 0 && CueFinder.IsClosingMark(before[^1])
            ? at
            : -1;
    }

    // Whether the name ending on words[last] closes its passage (before limit, or the next sentence in the words):
    // nothing but a full stop after it, or a comma and a short description with no verb of its own
    // ("- Dana Holt, harbour master").
    internal static bool ClosesPassage(string text, List<WordToken> words, int last, int limit)
    {
        var described = 0;
        var j = last + 1;
        for (; j < words.Count && words[j].Start < limit && !words[j].OpensSentence; j++)
        {
            if (words[j].InQuote || AttributionLexicon.MatchVerb(words, j) > 0 || CueFinder.IsPastTense(words[j]) || ++described > 8)
            {
                return false;
            }
        }

        var end = Math.Min(text.Length, j < words.Count ? Math.Min(limit, words[j].Start) : limit);
        var rest = text.AsSpan(words[last].End, Math.Max(0, end - words[last].End)).Trim();
        if (rest.IsEmpty || rest is ".")
        {
            return true;
        }

        return rest[0] == ',' && described > 0 && rest[1..].TrimEnd('.').IndexOfAny(".!?;:") < 0;
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
