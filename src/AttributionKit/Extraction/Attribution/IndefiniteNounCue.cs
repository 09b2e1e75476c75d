using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue word in its base form after "a", "an" or "no" and describing words ("Vale delivered a forceful promise to
/// close the pier", "Holt made an unprompted call for a new lease", "the two harbours are in a heated dispute over the
/// docks") is a noun, and the article phrase before it names no speaker: a singular phrase never takes a verb in its
/// base form, and a phrase after a preposition is no subject at all ("Holt first denied it, but in a later interview
/// said …"). PolNeAR marks the subject of the verb governing the noun as the source ("Vale", "Holt"), or after a
/// preposition the subject of the sentence ("the two harbours").
/// </summary>
internal static class IndefiniteNounCue
{
    private const int MaxDescribingWords = 3;

    private static readonly FrozenSet<string> QuantityWords =
        Lexicon.Lines("Lexicons/indefinite-quantity-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The source of the noun cue whose word is <paramref name="verb"/>, when <paramref name="phrase"/> ending right before
    /// the cue at <paramref name="cueFirst"/> is an article and describing words; else null (the phrase stays).
    /// </summary>
    internal static TextRange? GoverningSubject(string text, List<WordToken> words, TextRange phrase, int cueFirst, int verb)
    {
        var article = WordIndex.FirstAtOrAfter(words, phrase.Start);
        if (article < 1 || cueFirst - article < 2 || cueFirst - article > MaxDescribingWords + 1 || words[cueFirst - 1].End != phrase.End
            || words[article].Lower is not ("a" or "an" or "no"))
        {
            return null;
        }

        for (var k = article + 1; k < cueFirst; k++)
        {
            var w = words[k];
            if (w.InQuote || w.IsCapitalized || w.IsPossessive || w.Lower.EndsWith('s') || w.Lower == "of" || NounPhrase.IsNumberWord(w)
                || QuantityWords.Contains(w.Text) || AttributionLexicon.QuantityShareWords.Contains(w.Text) || !CueFinder.IsSpaceOnly(text, words[k - 1].End, w.Start))
            {
                return null;
            }
        }

        var governor = words[article - 1];
        if (governor.InQuote || governor.IsCapitalized || !CueFinder.IsSpaceOnly(text, governor.End, words[article].Start))
        {
            return null;
        }

        // "are in a heated dispute", "began Sunday with a signed tweet": the noun is in a phrase of the sentence's verb.
        // So is a phrase after "in" before a past verb ("but in a later interview said …"); after "with" a phrase before
        // a participle is the subject of its own clause ("with a spokesman saying …"), and stays.
        var form = CueVerbForm.Of(words[verb]);
        if (governor.Lower is "in" or "with" or "into")
        {
            return (form == VerbForm.Other || (form == VerbForm.Past && governor.Lower == "in"))
                && SentenceSubject.Of(text, words, article - 1) is { } subject && subject.End <= governor.Start ? subject : null;
        }

        // "delivered a forceful promise", "made an unprompted call for": the subject of the verb taking the noun.
        return form == VerbForm.Other && (CueFinder.IsPastTense(governor) || CueFinder.IsIrregularPast(governor) || governor.Lower is "has" or "have" or "had")
            ? SourceBeforeCue.Find(text, words, CueFinder.CueStart(text, words, article - 1))
            : null;
    }
}
