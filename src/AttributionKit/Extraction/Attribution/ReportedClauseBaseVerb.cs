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
    /// cue is a finite past or present of the third person, and the inner cue, a bare verb (perhaps after "also", "even"
    /// or an adverb in "-ly"), follows "and" or "or" with no comma before the conjunction and has no subject of its own
    /// ("Skippers doubt she truly opposes the lease and worry that …": the plural subject is the bare verb's).
    /// </summary>
    public static bool GoesOn(string text, CueCandidate outer, CueCandidate inner) =>
        !outer.IsSourceless && !inner.IsSourceless && inner.Source == outer.Source && GoesOn(text, outer.Cue, inner.Cue);

    private static bool GoesOn(string text, TextRange outer, TextRange inner)
    {
        if (inner.Start <= outer.End || CueVerbForm.OfCue(text, outer) is not (VerbForm.Past or VerbForm.PresentThirdPerson)
            || BareVerb(text, inner) is not { } verb || CueVerbForm.Of(verb) != VerbForm.Other || CueFinder.IsIrregularPast(verb)
            || AttributionLexicon.AuxiliaryVerbs.Contains(verb.Lower))
        {
            return false;
        }

        var before = text.AsSpan(outer.End, inner.Start - outer.End).TrimEnd();
        var conjunction = before.EndsWith(" and", StringComparison.Ordinal) ? " and".Length : before.EndsWith(" or", StringComparison.Ordinal) ? " or".Length : 0;
        if (conjunction == 0)
        {
            return false;
        }

        var clause = before[..^conjunction].TrimEnd();
        return clause.Length > 0 && (char.IsLetterOrDigit(clause[^1]) || CueFinder.IsClosingMark(clause[^1]));
    }

    // The cue's verb: its first word, or the word after a leading "also", "even" or adverb in "-ly" ("also show",
    // "quietly ask").
    private static WordToken? BareVerb(string text, TextRange cue)
    {
        var words = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        var first = words.Count > 1 && (words[0].Lower is "also" or "even" || words[0].Lower.EndsWith("ly", StringComparison.Ordinal)) ? 1 : 0;
        return words.Count > first && !words[first].IsCapitalized && !words[first].InQuote ? words[first] : null;
    }
}
