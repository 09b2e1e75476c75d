using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A subject restricted by a relative clause that reports a whole clause ("Voters who said the mayor lied backed Vale",
/// "Those who think the pier is unsafe argue …"): the cue after the reported clause's own verb is the main clause's,
/// and its source is the whole noun phrase with the relative clause and the clause it reports. Read back from the cue,
/// the reported clause's verb ("lied") or a name in it ("Holt") would otherwise end the subject.
/// </summary>
internal static class ReportedClauseSubject
{
    // How many words may stand between "who" and the main clause's cue.
    private const int MaxClauseWords = 25;

    /// <summary>The noun phrase with its relative clause, ending on the word before the cue at
    /// <paramref name="cueFirst"/>, or null when no relative clause reporting a whole clause stands before the cue.</summary>
    internal static TextRange? Find(string text, List<WordToken> words, int cueFirst)
    {
        var last = cueFirst - 1;
        if (last < 3 || words[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal) || !SentenceSubject.IsFiniteVerb(words, cueFirst)
            || !CueFinder.IsSpaceOnly(text, words[last].End, words[cueFirst].Start) || AttributionLexicon.ClauseOpeners.Contains(words[last].Text)
            || AttributionLexicon.SubjectPronouns.Contains(words[last].Text))
        {
            return null;
        }

        for (var j = last; j >= 1 && cueFirst - j <= MaxClauseWords; j--)
        {
            var w = words[j];
            if (w.InQuote || CueFinder.HasPunctuation(text, w.End, words[j + 1].Start) || w.Lower is "that" or "which" or "whom" or "whose" or "and" or "or" or "but"
                || (AttributionLexicon.SubordinatingConjunctions.Contains(w.Text) && !RestrictiveRelativeClause.IsPrepositionLike(words, j)))
            {
                return null;
            }

            if (w.Lower != "who")
            {
                continue;
            }

            var verb = j + 1;
            while (verb < last && AttributionLexicon.CueModifiers.Contains(words[verb].Text))
            {
                verb++;
            }

            if (!RestrictiveRelativeClause.IsClauseVerb(words[verb]) || !HasOwnVerb(words, verb, last) || words[j - 1].InQuote
                || !NounPhrase.IsNounGap(text, words[j - 1].End, w.Start) || HeadBefore(text, words, j) is not { } head
                || HeadOpeningClause(text, words, head) is not { } start)
            {
                return null;
            }

            return new TextRange(start, words[last].End);
        }

        return null;
    }

    // The noun phrase before "who" at <paramref name="who"/>; "those" alone, which names no one without its clause, is
    // a head too.
    private static TextRange? HeadBefore(string text, List<WordToken> words, int who) =>
        SourceBeforeCue.Find(text, words, who) ?? (words[who - 1].Lower == "those" ? words[who - 1].Range : null);

    // Where the head phrase starts when it opens its clause: "Pilots", or a quantity before "of" that does ("A majority of
    // those who said …"); null when the phrase stands inside a clause of its own.
    private static int? HeadOpeningClause(string text, List<WordToken> words, TextRange head)
    {
        var first = WordIndex.FirstAtOrAfter(words, head.Start);
        if (SourceBeforeCue.OpensClauseAt(text, words, first))
        {
            return head.Start;
        }

        return first >= 2 && words[first - 1].Lower == "of" && !words[first - 1].InQuote && NounPhrase.IsNounGap(text, words[first - 1].End, words[first].Start)
            && SourceBeforeCue.Find(text, words, first - 1) is { } quantity && SourceBeforeCue.OpensClauseAt(text, words, WordIndex.FirstAtOrAfter(words, quantity.Start))
            ? quantity.Start
            : null;
    }

    // "who think Holt will win say": the reported clause needs a finite verb of its own after its subject and before the
    // cue; "who said the mayor backed Vale" has none, so "backed" is the clause's verb, not the main clause's.
    private static bool HasOwnVerb(List<WordToken> words, int clauseVerb, int last)
    {
        for (var k = clauseVerb + 2; k <= last; k++)
        {
            if (SentenceSubject.IsFiniteVerb(words, k) && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal) && !RestrictiveRelativeClause.IsClauseVerb(words[k]))
            {
                return true;
            }
        }

        return false;
    }
}
