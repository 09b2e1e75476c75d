namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The subject of the last clause before a colon lead-in, when a comma and a conjunction open a clause of its own
/// there: in <c>The crowd cheers, and then Lane continues: “…”</c> the speaker is the subject of the clause the colon
/// ends, not the sentence's first subject.
/// </summary>
internal static class LastClauseSubject
{
    /// <summary>The subject of the clause after the last comma before word <paramref name="limit"/>, when that clause
    /// opens with a conjunction, then a subject followed by a lower-case word (its verb); else <see langword="null"/>.</summary>
    public static TextRange? Find(string text, List<WordToken> words, int limit)
    {
        for (var k = limit - 1; k > 0; k--)
        {
            if (words[k].InQuote || words[k - 1].InQuote)
            {
                return null;
            }

            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
            if (!gap.SequenceEqual(","))
            {
                continue;
            }

            // "…, and then Lane continues:" — a conjunction joins a clause of its own; after a bare comma the words may
            // still belong to a reported clause ("Amar said that if viewed that way, some bargain …:"), unless its verb
            // reports speech ("…, The Post's Costa reported, his wife whispered to him:"). "…, where he suggested:",
            // "…, to which O'Malley interjected:": a relative clause holds the colon's speaker just the same.
            var opener = words[k].Lower is "where" or "when" ? 1 : words[k].Lower is "to" or "at" or "in" && k + 1 < limit && words[k + 1].Lower == "which" ? 2 : 0;
            var bare = opener == 0 && words[k].Lower is not ("and" or "but" or "then" or "so");
            if (bare && (words[k].IsCapitalized ? !NounPhrase.IsSubjectStart(words[k]) : !AttributionLexicon.GroupDeterminers.Contains(words[k].Text) && !AttributionLexicon.Pronouns.Contains(words[k].Text)))
            {
                return null;
            }

            if (opener > 0)
            {
                k += opener;
                if (k >= limit)
                {
                    return null;
                }
            }

            var clause = words.GetRange(k, limit - k);
            if (clause.Count < 2 || SentenceSubject.Of(text, clause, clause.Count) is not { } subject)
            {
                return null;
            }

            var after = WordIndex.FirstAtOrAfter(clause, subject.End);
            if (bare && (after >= clause.Count || AttributionLexicon.MatchVerb(clause, after) == 0))
            {
                return null;
            }

            return after < clause.Count && !clause[after].IsCapitalized && !clause[after].InQuote
                && text.AsSpan(subject.End, clause[after].Start - subject.End).IsWhiteSpace() ? subject : null;
        }

        return null;
    }
}
