using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// An infinitive a cue reports ("Vale wants to make the ferry free, but her plan would need the towns' help") is one
/// verb phrase with no subject of its own. A comma, a word joining clauses (coordinated-clause-openers.txt: "but",
/// "and", "while") and a new subject with a finite verb of its own (an auxiliary or a past form within a few words)
/// open the writer's next clause, which the cue does not report; the content ends at that comma. A list ("to fund
/// piers, ferries and the old harbour") has no verb after "and" and runs on.
/// </summary>
internal static class InfinitiveContentEnd
{
    // How many words the new subject may take before its verb ("but the harbour board's plan would …").
    private const int MaxSubjectWords = 4;


    /// <summary>Where the infinitive <paramref name="content"/> ends before a joined clause of the writer's, or null.</summary>
    public static int? ContentEnd(string text, TextRange content)
    {
        var inside = WordTokenizer.Tokenize(text, content.Start, content.End);
        if (inside.Count < 4 || inside[0].Lower != "to" || inside[0].InQuote || inside[1].IsCapitalized)
        {
            return null;
        }

        for (var k = 2; k + 2 < inside.Count; k++)
        {
            if (inside[k].InQuote || !CoordinatedClause.Openers.Contains(inside[k].Lower)
                || text.AsSpan(inside[k - 1].End, inside[k].Start - inside[k - 1].End).Trim() is not [','])
            {
                continue;
            }

            if (OpensClauseWithVerb(inside, k + 1))
            {
                return inside[k - 1].End;
            }
        }

        return null;
    }

    // A subject (a pronoun, or a determiner or name opening a noun phrase) at word first, then within a few words a
    // finite verb: an auxiliary ("would", "has") or a past form ("rose").
    private static bool OpensClauseWithVerb(List<WordToken> words, int first)
    {
        var subject = words[first];
        if (subject.InQuote || !(AttributionLexicon.SubjectPronouns.Contains(subject.Lower) || AttributionLexicon.PhraseOpeners.Contains(subject.Lower) || subject.IsCapitalized))
        {
            return false;
        }

        for (var j = first + 1; j < words.Count && j <= first + MaxSubjectWords; j++)
        {
            if (words[j].InQuote)
            {
                return false;
            }

            if (AttributionLexicon.AuxiliaryVerbs.Contains(words[j].Lower) || CueFinder.IsPastTense(words[j]) || CueFinder.IsIrregularPast(words[j]))
            {
                return true;
            }
        }

        return false;
    }
}
