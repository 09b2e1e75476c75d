using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A restrictive relative clause whose cue takes an object ("Those who named a mayor said the pier was safe", "The
/// pilot who wrote the letter says he will resign"): the object ends at the first finite cue verb after it, which is the
/// main clause's, whose subject is the whole noun phrase with its relative clause. A cue taking a whole clause ("Those
/// who said the pier was their top issue backed Holt") reports that clause up to the first finite cue verb after the
/// clause's own verb.
/// </summary>
internal static class RestrictiveRelativeClause
{
    private static readonly FrozenSet<string> ClauseVerbs = Lexicon.Lines("Lexicons/clause-reporting-verbs.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The end of the object the relative clause's cue (last word <paramref name="cueLast"/>) attributes,
    /// when the main clause's verb stands inside <paramref name="content"/>; null otherwise.</summary>
    internal static int? ObjectEnd(string text, List<WordToken> words, TextRange source, int cueLast, TextRange content)
    {
        if (text.AsSpan(source.Start, source.Length) is not ("who" or "that") || AfterPunctuation(text, source.Start))
        {
            return null;
        }

        // "Voters who say the pier is unsafe argue …": after a verb taking a whole clause, the clause's own verb ("is")
        // comes first; only a finite cue verb after it can be the main clause's.
        var reportedClauseVerbPending = IsClauseVerb(words[cueLast]);
        var first = WordIndex.FirstAtOrAfter(words, content.Start);
        for (var k = first + 1; k < words.Count && words[k].End <= content.End && k - first <= 20; k++)
        {
            var previous = words[k - 1];
            // A quote, a punctuation mark or a word opening a clause of its own ("that", "and", "who") ends the object
            // before any main verb could be told from one of that clause.
            if (words[k].InQuote || CueFinder.HasPunctuation(text, previous.End, words[k].Start) || words[k].Lower is "that" or "which" or "who" or "whom" or "whose" or "and" or "or" or "but"
                || (AttributionLexicon.SubordinatingConjunctions.Contains(words[k].Text) && !IsPrepositionLike(words, k)))
            {
                return null;
            }

            // "who say they were worried", "who think the levy is fair": the reported clause's own finite verb, whatever
            // subject it has, belongs to that clause.
            if (reportedClauseVerbPending)
            {
                reportedClauseVerbPending = !(SentenceSubject.IsFiniteVerb(words, k) && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal));
                continue;
            }

            // "the right to speak", "no intention of backing", "he believes": an infinitive, a participle or a verb with a
            // pronoun for subject is no main verb; nor is a participle before its agent ("who wrote the letter
            // delivered by the mayor says": "delivered by" modifies "letter").
            if (!SentenceSubject.IsFiniteVerb(words, k) || words[k].Lower.EndsWith("ing", StringComparison.Ordinal) || IsParticipleBeforeAgent(words, k)
                || AttributionLexicon.ClauseOpeners.Contains(previous.Text) || previous.Lower == "of" || AttributionLexicon.SubjectPronouns.Contains(previous.Text))
            {
                continue;
            }

            // The first finite verb ends the object; it is taken only when it is a cue whose subject reaches back over
            // the relative clause, so that the main clause gets a relation of its own.
            return AttributionLexicon.MatchVerb(words, k) > 0 && SourceBeforeCue.Find(text, words, k) is { } head && head.Start < source.Start
                ? ContentBoundary.TrimEnd(text, content.Start, previous.End)
                : null;
        }

        return null;
    }

    /// <summary>Whether "like" at <paramref name="k"/> is a preposition before an object pronoun ("people like them"),
    /// which opens no clause of its own.</summary>
    internal static bool IsPrepositionLike(List<WordToken> words, int k) =>
        words[k].Lower == "like" && k + 1 < words.Count && SourceBeforeCue.IsObjectPronoun(words[k + 1]);

    /// <summary>Whether the word is a reporting verb that takes a whole clause ("say", "think", "believed").</summary>
    internal static bool IsClauseVerb(WordToken word) => !word.InQuote && ClauseVerbs.Contains(word.Text);

    private static bool IsParticipleBeforeAgent(List<WordToken> words, int k) =>
        words[k].Lower.EndsWith("ed", StringComparison.Ordinal) && k + 1 < words.Count && !words[k + 1].InQuote && words[k + 1].Lower == "by";

    private static bool AfterPunctuation(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is ',' or '—' or '–' or '(' or '-';
    }
}
