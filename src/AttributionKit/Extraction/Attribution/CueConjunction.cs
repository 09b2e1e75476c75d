using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The word that joins a second cue to the cue of the same subject before it: "and" or "but" right before the verb
/// ("declared victory and said …", "said he would run but added …"), or before a short phrase of time or occasion that
/// stands between ("first said he did not recall it, but in a later interview said …"). Nothing but spaces and the
/// phrase's words may stand between the conjunction and the verb: a comma or a subject there opens a clause of its own.
/// </summary>
internal static class CueConjunction
{
    private static readonly FrozenSet<string> PhrasePrepositions =
        Lexicon.Lines("Lexicons/cue-conjunction-phrase-prepositions.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A longer phrase is more likely a clause of its own than a time or occasion ("and in the areas it controls the
    // army said …").
    private const int MaxPhraseWords = 5;

    /// <summary>
    /// Where the joining "and" or "but" before the verb at <paramref name="verbStart"/> starts, looking no further back
    /// than <paramref name="from"/>; null when none joins it.
    /// </summary>
    public static int? Before(string text, int from, int verbStart)
    {
        if (verbStart <= from)
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, from, verbStart);
        for (var j = words.Count - 1; j >= 0 && words.Count - 1 - j <= MaxPhraseWords; j--)
        {
            var word = words[j];
            if (word.InQuote)
            {
                return null;
            }

            // The words after it must be a phrase of time or occasion: "in a later interview", "on Monday".
            var phraseWords = words.Count - 1 - j;
            if (word.Lower is "and" or "but")
            {
                var joined = phraseWords == 0 || PhrasePrepositions.Contains(words[j + 1].Lower);
                return joined && Unpunctuated(text, word.End, verbStart, words, j + 1) ? word.Start : null;
            }

            // A verb form inside the phrase makes it a clause ("and in what Holt called a rally said …").
            if (CueVerbForm.Of(word) != VerbForm.Other)
            {
                return null;
            }
        }

        return null;
    }

    // Whether only spaces stand between the words from the conjunction to the verb.
    private static bool Unpunctuated(string text, int from, int verbStart, List<WordToken> words, int firstPhraseWord)
    {
        var at = from;
        for (var j = firstPhraseWord; j < words.Count; j++)
        {
            if (!CueFinder.IsSpaceOnly(text, at, words[j].Start))
            {
                return false;
            }

            at = words[j].End;
        }

        return CueFinder.IsSpaceOnly(text, at, verbStart);
    }
}
