namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The speaker named by <c>in the words of X, “…”</c> or <c>in X’s words, “…”</c> right before a quote: the phrase
/// hands the quoted words to X whatever the sentence's own subject is (<c>Mrs. Clinton was, in the words of a senior
/// adviser, “the torchbearer”</c>).
/// </summary>
internal static class WordsOfLeadIn
{
    private const int MaxSourceWords = 8;

    /// <summary>The lead-in before the quote opening at <paramref name="open"/>, as a cue whose content is
    /// <paramref name="quote"/>, or <see langword="null"/>. <paramref name="words"/> are the passage's words.</summary>
    public static CueCandidate? Find(string text, List<WordToken> words, int open, TextRange quote)
    {
        var end = WordIndex.FirstAtOrAfter(words, open);
        if (end < 3 || words[end - 1].InQuote || !text.AsSpan(words[end - 1].End, open - words[end - 1].End).Trim().SequenceEqual(","))
        {
            return null;
        }

        // "in Forbes’ words,", "in his own words,": a possessor before "words".
        if (words[end - 1].Lower == "words")
        {
            var a = end - 2;
            while (a >= 0 && a >= end - 2 - MaxSourceWords && !words[a].InQuote && words[a].Lower != "in")
            {
                a--;
            }

            if (a < 0 || words[a].InQuote || words[a].Lower != "in" || a + 1 > end - 2)
            {
                return null;
            }

            var last = words[end - 2].Lower == "own" ? end - 3 : end - 2;
            var possessor = words[last];
            var possessive = possessor.IsPossessive || possessor.Text.EndsWith('’') || possessor.Text.EndsWith('\'')
                || text.AsSpan(possessor.End, Math.Min(2, text.Length - possessor.End)) is "’ " or "' ";
            if (last <= a || !possessive || AttributionLexicon.Pronouns.Contains(possessor.Text))
            {
                return null;
            }

            return new CueCandidate(new TextRange(words[a].Start, words[end - 1].End), new TextRange(words[a + 1].Start, possessor.End), quote, false);
        }

        // "in the words of a senior adviser,".
        for (var k = end - 2; k >= 3 && k >= end - 1 - MaxSourceWords; k--)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            if (words[k].Lower == "of" && words[k - 1].Lower == "words" && words[k - 2].Lower == "the" && words[k - 3].Lower == "in")
            {
                return new CueCandidate(new TextRange(words[k - 3].Start, words[k].End), new TextRange(words[k + 1].Start, words[end - 1].End), quote, false);
            }
        }

        return null;
    }
}
