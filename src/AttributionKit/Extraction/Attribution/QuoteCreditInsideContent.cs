namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A quote closed by its own credit line inside another draft's content ("Vale followed up by lamenting the cost:
/// “There is no money left,” she said.") is what the credit's source said: the outer content ends at the colon before
/// the quote, and the credit's content is the quote alone.
/// </summary>
internal static class QuoteCreditInsideContent
{
    /// <summary>Splits each outer content at a quote its credit line closes.</summary>
    /// <param name="text">The article's main text, which the drafts' ranges index.</param>
    /// <param name="drafts">The drafts of the article.</param>
    public static void Split(string text, IReadOnlyList<AttributionDraft> drafts)
    {
        var bySourceStart = drafts.Where(d => d.Source is not null && d.Cue is not null && d.Source.Value.End <= d.Cue.Value.Start)
            .GroupBy(d => d.Source!.Value.Start).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var outer in drafts)
        {
            if (outer.Cue is not { } cue || outer.Content.Start < cue.End)
            {
                continue;
            }

            var content = outer.Content;
            foreach (var (sourceStart, credits) in bySourceStart)
            {
                if (sourceStart <= content.Start || sourceStart >= content.End || !AfterClosedQuote(text, sourceStart, out var close))
                {
                    continue;
                }

                var open = OpeningMark(text, content.Start, close);
                if (open is not { } opening || opening <= content.Start)
                {
                    continue;
                }

                var credit = credits.FirstOrDefault(c => c != outer && c.Cue!.Value.End <= content.End && c.Content.End <= sourceStart
                    && c.Content.Start < opening);
                if (credit is null)
                {
                    continue;
                }

                var outerEnd = opening;
                while (outerEnd > content.Start && (char.IsWhiteSpace(text[outerEnd - 1]) || text[outerEnd - 1] is ':' or ','))
                {
                    outerEnd--;
                }

                // Only a quote the outer clause introduces with a colon: a few quoted words in running text ("placed a
                // note in a “burn bag,” the Times reported") are part of the credit's whole sentence.
                if (outerEnd <= content.Start || text[outerEnd] != ':')
                {
                    continue;
                }

                outer.Content = new TextRange(content.Start, outerEnd);
                credit.Content = new TextRange(opening, credit.Content.End);
                break;
            }
        }
    }

    // ',” she said': the source follows a comma (or ! ?) and a closing double quote; close is where that quote mark is.
    private static bool AfterClosedQuote(string text, int sourceStart, out int close)
    {
        close = sourceStart - 1;
        while (close > 0 && text[close] == ' ')
        {
            close--;
        }

        return close > 0 && text[close] is '"' or '”' && text[close - 1] is ',' or '!' or '?';
    }

    // The double quote mark opening the quote that closes at close, after from; null when there is none.
    private static int? OpeningMark(string text, int from, int close)
    {
        for (var i = close - 1; i >= from; i--)
        {
            if (text[i] is '“' || (text[i] == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                return i;
            }
        }

        return null;
    }
}
