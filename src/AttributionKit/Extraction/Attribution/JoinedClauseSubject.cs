using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The subject of the last clause joined by "and" or "but" before a participle after a comma: in <c>Inspectors closed
/// the pier and Mayor Holt fired her deputy, acknowledging …</c> and <c>Holt pivoted to ferries, but Vale brought her
/// back to the budget, asking …</c> the participle goes on with the clause it follows, whose subject is the speaker, not
/// the sentence's first subject.
/// </summary>
internal static class JoinedClauseSubject
{
    // How far back from the participle the conjunction may stand.
    private const int Reach = 40;

    private static readonly FrozenSet<string> Subordinators = Lexicon.Lines("Lexicons/participle-clause-subordinators.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject of the clause opened by the last "and"/"but" or semicolon before word <paramref name="cueFirst"/>
    /// in its sentence, when a subject and a finite verb follow the conjunction and a finite verb stands before it; else
    /// null. With <paramref name="throughSubordinators"/> a pronoun subject after a subordinating word counts too.</summary>
    public static TextRange? Find(string text, List<WordToken> words, int cueFirst, bool throughSubordinators = true)
    {
        for (var j = cueFirst - 2; j > 0 && cueFirst - j <= Reach; j--)
        {
            if (words[j].InQuote || words[j + 1].OpensSentence)
            {
                return null;
            }

            // "The mayor wants the pier closed; Holt backs new rules but embraces the plan": a semicolon joins a clause of
            // its own, whose subject the verbs after it go on with.
            if (text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is [';'] && ClauseAfter(text, words, j, cueFirst) is { } afterSemicolon)
            {
                return afterSemicolon;
            }

            if (words[j].IsCapitalized)
            {
                continue;
            }

            // "Holt was jeered after she refused the plan, saying …", "a conference in which she attacked Vale, saying …":
            // a pronoun subject right after a subordinating word opens the clause the participle goes on with. Only a
            // pronoun: a name after "when" may be the object of the sentence's speaker ("Holt laughed when Vale spoke,
            // adding …" is rarer than the pronoun that points back to the speaker).
            if (throughSubordinators && Subordinators.Contains(words[j].Lower))
            {
                if (OpensSubordinateClause(text, words, j, cueFirst, pronounOnly: true, out var pronounSubject))
                {
                    return pronounSubject;
                }

                continue;
            }

            if (words[j].Lower is not ("and" or "but"))
            {
                continue;
            }

            var afterComma = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is [','];
            // "…, but then he went and …": an adverb of sequence may stand between the conjunction and the subject.
            var opener = j + 2 < cueFirst && words[j + 1].Lower is "then" or "later" or "now" && !words[j + 1].InQuote
                && CueFinder.IsSpaceOnly(text, words[j + 1].End, words[j + 2].Start) && AttributionLexicon.SubjectPronouns.Contains(words[j + 2].Text)
                ? j + 2
                : j + 1;
            // A bare "and" mostly joins noun phrases ("an indictment for Lee and her staff related to …"): without a comma
            // the joined subject must be a name or a subject pronoun ("… and Holt fired her deputy").
            if (ClauseAfter(text, words, opener, cueFirst) is not { } subject
                || (!afterComma && !words[opener].IsCapitalized && !AttributionLexicon.SubjectPronouns.Contains(words[opener].Text)))
            {
                // "Holt and Vale, the two pilots, …": a phrase joined by "and" is no clause; look further left only
                // past a clause of its own.
                continue;
            }

            // The words before the conjunction must make a clause too ("prosecutors charged the officer and …"); after a
            // bare "and" they must report nothing, or the joined clause may be what was reported ("Holt said the pier
            // is closed and the ferry stopped, adding …" goes on with Holt).
            return HoldsFiniteVerb(words, j, afterComma) ? subject : null;
        }

        return null;
    }

    /// <summary>The subject of the last clause opened by a subordinating word before word <paramref name="limit"/> in its
    /// sentence, when a finite verb that reports nothing stands before that word: in <c>Vale started the row when she
    /// brought up the ferry and later said …</c> the verb after "and" goes on with "she", not "Vale", and in <c>The crowd
    /// cheered when Holt spotted a sign and asked …</c> with "Holt"; else null.</summary>
    public static TextRange? SubordinateSubject(string text, List<WordToken> words, int limit)
    {
        // "Holt was calm when she visited the pier, and later said …": a comma before the conjunction closes the
        // subordinate clause, and the verb after it joins the main clause.
        if (limit > 0 && text.AsSpan(words[limit - 1].End, words[limit].Start - words[limit - 1].End).Trim() is [','])
        {
            return null;
        }

        for (var j = limit - 2; j > 0 && limit - j <= Reach; j--)
        {
            if (words[j].InQuote || words[j + 1].OpensSentence)
            {
                return null;
            }

            if (!words[j].IsCapitalized && Subordinators.Contains(words[j].Lower) && OpensSubordinateClause(text, words, j, limit, pronounOnly: false, out var subject))
            {
                return subject;
            }
        }

        return null;
    }

    // A personal pronoun (not "it" or "you", which mostly name no speaker) with its finite verb right after the subordinating
    // word at index subordinator, in a sentence whose main clause has a finite verb before that word and reports nothing
    // ("Holt said the pier closed after she left, adding …" goes on with Holt). True with a null subject when the main
    // clause does not qualify, so that the caller stops looking. With pronounOnly false any subject but "it" or "you"
    // opens the clause ("The crowd cheered when Holt spotted a sign and asked …": a verb joined by "and" without a comma
    // goes on with the clause it follows).
    private static bool OpensSubordinateClause(string text, List<WordToken> words, int subordinator, int limit, bool pronounOnly, out TextRange? subject)
    {
        subject = null;
        var pronoun = words[subordinator + 1];
        if ((pronounOnly && !AttributionLexicon.SubjectPronouns.Contains(pronoun.Text)) || pronoun.Lower is "it" or "you"
            || ClauseAfter(text, words, subordinator + 1, limit) is not { } clauseSubject)
        {
            return false;
        }

        subject = HoldsFiniteVerb(words, subordinator, false) ? clauseSubject : null;
        return true;
    }

    /// <summary>The subject of the clause from word <paramref name="start"/> to word <paramref name="limit"/>: a subject,
    /// then a lower-case finite verb right after it; else null.</summary>
    internal static TextRange? ClauseAfter(string text, List<WordToken> words, int start, int limit)
    {
        if (start >= limit - 1 || words[start].InQuote || !NounPhrase.IsSubjectStart(words[start]))
        {
            return null;
        }

        var clause = words.GetRange(start, limit - start);
        if (SentenceSubject.Of(text, clause, clause.Count) is not { } subject || subject.Start != words[start].Start)
        {
            return null;
        }

        var after = WordIndex.FirstAtOrAfter(clause, subject.End);
        if (after >= clause.Count || !CueFinder.IsSpaceOnly(text, subject.End, clause[after].Start))
        {
            return null;
        }

        // "the union has already sued", "Vale quickly brought": adverbs may stand before the verb.
        for (var k = after; k < clause.Count; k++)
        {
            if (IsFiniteVerb(clause, k))
            {
                return subject;
            }

            if (!CueFinder.IsModifier(clause[k]))
            {
                return null;
            }
        }

        return null;
    }

    // Whether a finite verb stands in the sentence before word conjunction; with reportOk false, no reporting verb may.
    private static bool HoldsFiniteVerb(List<WordToken> words, int conjunction, bool reportOk)
    {
        var finite = false;
        for (var k = conjunction - 1; k >= 0; k--)
        {
            if (!reportOk && !words[k].InQuote && AttributionLexicon.MatchVerb(words, k) > 0 && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            finite |= IsFiniteVerb(words, k);
            if (words[k].OpensSentence)
            {
                break;
            }
        }

        return finite;
    }

    private static bool IsFiniteVerb(List<WordToken> words, int k) =>
        !words[k].InQuote && !words[k].IsCapitalized
        && (CueFinder.IsPastTense(words[k]) || CueFinder.IsIrregularPast(words[k]) || AttributionLexicon.AuxiliaryVerbs.Contains(words[k].Text)
            || (AttributionLexicon.MatchVerb(words, k) > 0 && !words[k].Lower.EndsWith("ing", StringComparison.Ordinal)));
}
