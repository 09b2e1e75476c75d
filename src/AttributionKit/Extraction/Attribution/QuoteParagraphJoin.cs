namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// "“CNN has done an awful job,” Barkley said.//“And it’s become sad …”": a quote paragraph carried on after the
/// paragraph whose tag credited a quote goes on with the same words, so the annotated corpora (PolNeAR) make both one
/// relation with one cue. The relation the carried paragraph drafted with the same source and cue is joined to the one
/// before it: one content from the first quote to the last.
/// </summary>
internal static class QuoteParagraphJoin
{
    /// <summary>The relations in content order, each run of quote paragraphs under one tag joined into one.</summary>
    public static List<AttributionDraft> Join(string text, IEnumerable<AttributionDraft> drafts)
    {
        var joined = new List<AttributionDraft>();
        foreach (var draft in drafts.OrderBy(a => a.Content.Start))
        {
            if (joined.Count > 0 && Continues(text, joined[^1], draft))
            {
                var first = joined[^1];
                var merged = new AttributionDraft
                {
                    Source = first.Source,
                    Speaker = first.Speaker,
                    Cue = first.Cue,
                    Venue = first.Venue,
                    Content = first.Content.Union(draft.Content),
                };
                merged.Quotes.AddRange(first.Quotes);
                merged.Quotes.AddRange(draft.Quotes);
                joined[^1] = merged;
                continue;
            }

            joined.Add(draft);
        }

        return joined;
    }

    // Whether next is a quote paragraph carried on under the tag that follows first's quote: the same source and cue,
    // both contents quotes, the tag between them closing first's paragraph, nothing but it and white space between.
    private static bool Continues(string text, AttributionDraft first, AttributionDraft next)
    {
        if (first.Cue is not { } cue || next.Cue != cue || first.Source is not { } source || next.Source != source
            || first.Quotes.Count == 0 || next.Quotes.Count == 0 || next.Content.Start < first.Content.End)
        {
            return false;
        }

        if (!StartsWithQuote(text, first.Content) || !StartsWithQuote(text, next.Content) || cue.Start < first.Content.End || cue.End > next.Content.Start)
        {
            return false;
        }

        var gap = text.AsSpan(first.Content.End, next.Content.Start - first.Content.End);
        var paragraphBreak = gap.LastIndexOf('\n');
        return paragraphBreak >= 0 && gap.IndexOfAny(QuoteMarks.Double) < 0 && gap[paragraphBreak..].IsWhiteSpace()
            && first.Content.End + gap.IndexOf('\n') >= cue.End;
    }

    private static bool StartsWithQuote(string text, TextRange range) => range.Length > 0 && QuoteMarks.Double.Contains(text[range.Start]);
}
