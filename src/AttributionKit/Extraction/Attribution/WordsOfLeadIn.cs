namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The speaker named by <c>in the words of X, “…”</c> or <c>in X’s words, “…”</c> right before a quote: the phrase
/// hands the quoted words to X whatever the sentence's own subject is (<c>Mrs. Clinton was, in the words of a senior
/// adviser, “the torchbearer”</c>).
/// </summary>
internal static class WordsOfLeadIn
{
    private const int MaxSourceWords = 8;

    /// <summary>
    /// "In her words, the pier is safe", "In Holt's own words, …", "In the words of Dana Holt, …": the phrase opening the passage at word
    /// <paramref name="first"/> hands the clause after its comma to the possessor, as "according to" does; a cue whose
    /// content is that clause, or <see langword="null"/>. A pronoun possessor is read here too: it stands for someone
    /// named before, as a subject pronoun would.
    /// </summary>
    public static CueCandidate? BeforeClause(string text, TextRange frame, List<WordToken> words, int first)
    {
        if (first + 3 >= words.Count || words[first].Lower != "in" || !CueFinder.IsSpaceOnly(text, frame.Start, words[first].Start)
            || words[first + 1].InQuote)
        {
            return null;
        }

        // "In the words of Dana Holt, the pier is safe": the person after "of", up to the comma.
        if (words[first + 1].Lower == "the" && words[first + 2].Lower == "words" && words[first + 3].Lower == "of")
        {
            var end = first + 4;
            while (end < words.Count && end - first - 4 < MaxSourceWords && !words[end].InQuote && CueFinder.IsSpaceOnly(text, words[end - 1].End, words[end].Start))
            {
                end++;
            }

            return end > first + 4 && end < words.Count && !words[end].InQuote && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Trim() is [',']
                && ContentBoundary.ContentFrom(text, frame, words[end].Start) is { } named
                ? new CueCandidate(new TextRange(words[first].Start, words[first + 3].End), new TextRange(words[first + 4].Start, words[end - 1].End), named, false)
                : null;
        }

        var possessor = words[first + 1];
        var last = words[first + 2].Lower == "own" ? first + 3 : first + 2;
        if (last + 1 >= words.Count || words[last].Lower != "words" || words[last].InQuote || words[last + 1].InQuote
            || !(possessor.IsPossessive || AttributionLexicon.PossessivePronouns.Contains(possessor.Text))
            || text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim() is not [','])
        {
            return null;
        }

        return ContentBoundary.ContentFrom(text, frame, words[last + 1].Start) is { } content
            ? new CueCandidate(new TextRange(words[first].Start, words[last].End), possessor.Range, content, false)
            : null;
    }

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
