using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verb in its bare form joined by "and" or "or", without a comma, to the content of a cue in the past or the present
/// of the third person cannot share that cue's subject and tense: "Vale said the skippers still have time to step up and
/// show that they can be trusted", "Holt hopes the vote will end the dispute and encourage the board to rally" join it
/// to an infinitive, a modal or a causative verb inside the reported clause. The content runs on over it, as PolNeAR
/// annotates it; ending the content before it gave the rest to a second relation of the first cue's source.
/// </summary>
internal static class ReportedClauseBaseVerb
{
    /// <summary>
    /// Whether the cue of <paramref name="inner"/> goes on with the clause that <paramref name="outer"/> reports: the outer
    /// cue is a finite past or present of the third person, and the inner cue follows "and" or "or" with no comma before
    /// the conjunction and has no subject of its own ("Skippers doubt she truly opposes the lease and worry that …": the
    /// plural subject is the bare verb's). The inner verb (perhaps after an adverb: "also show") is a bare form, or an
    /// "-ing" form joined to an earlier one of the reported clause that reports nothing itself ("says the
    /// board is acting unlawfully and showing contempt for the pilots", "told them he got in by reading their posts and
    /// guessing passwords"); beside an "-ing" cue ("by calling her “weak” and accusing her …") it reports on its own.
    /// </summary>
    public static bool GoesOn(string text, CueCandidate outer, CueCandidate inner, List<CueCandidate> found)
    {
        if (outer.IsSourceless || inner.IsSourceless || inner.Source != outer.Source || inner.Cue.Start <= outer.Cue.End
            || CueVerbForm.OfCue(text, outer.Cue) is not (VerbForm.Past or VerbForm.PresentThirdPerson)
            || !IsVerbOfTheClause(text, inner.Cue) || ConjunctionBefore(text, outer.Cue.End, inner.Cue.Start) is not { } conjunction)
        {
            return false;
        }

        // The inner cue's form is that of its first word of a known form ("then tweeted" is a past); a cue holding none
        // is a bare verb.
        return CueVerbForm.OfCue(text, inner.Cue) switch
        {
            VerbForm.Other => true,
            VerbForm.Participle => HoldsPlainParticiple(text, outer.Cue.End, conjunction, found),
            _ => false,
        };
    }

    // Where the "and" or "or" right before the inner cue starts, with no comma or other stop before it; null when none.
    private static int? ConjunctionBefore(string text, int from, int cueStart)
    {
        var before = text.AsSpan(from, cueStart - from).TrimEnd();
        var conjunction = before.EndsWith(" and", StringComparison.Ordinal) ? " and".Length : before.EndsWith(" or", StringComparison.Ordinal) ? " or".Length : 0;
        if (conjunction == 0)
        {
            return null;
        }

        var clause = before[..^conjunction].TrimEnd();
        return clause.Length > 0 && (char.IsLetterOrDigit(clause[^1]) || CueFinder.IsClosingMark(clause[^1])) ? from + before.Length - conjunction + 1 : null;
    }

    // Whether an "-ing" form outside quotes, not after a comma and no cue of its own, stands between the outer cue and the
    // conjunction: the second "-ing" form goes on with it.
    private static bool HoldsPlainParticiple(string text, int from, int conjunction, List<CueCandidate> found)
    {
        var words = WordTokenizer.Tokenize(text, from, conjunction);
        for (var k = 1; k < words.Count; k++)
        {
            var word = words[k];
            if (CueVerbForm.Of(word) == VerbForm.Participle && !text.AsSpan(words[k - 1].End, word.Start - words[k - 1].End).Contains(',')
                && !found.Exists(c => c.Cue.Start < word.End && c.Cue.End > word.Start))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the cue opens in lower case outside quotes and holds no auxiliary or irregular past ("will see", "cast"),
    // whose subject or tense could be the cue's own.
    private static bool IsVerbOfTheClause(string text, TextRange cue)
    {
        var words = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        return words.Count > 0 && !words[0].IsCapitalized && !words[0].InQuote
            && !words.Exists(w => AttributionLexicon.AuxiliaryVerbs.Contains(w.Lower) || CueFinder.IsIrregularPast(w));
    }
}
