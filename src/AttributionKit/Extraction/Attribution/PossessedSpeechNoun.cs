using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The speaker of a quote in the clause after a possessed noun of speech: <c>Donald Trump’s claim that Obama “founded
/// ISIS”</c>, <c>her remark that “there’s a special place …”</c>, <c>Trump’s controversial pledge to be “neutral”</c>,
/// <c>his statement on Wednesday that “Islam hates us”</c>. The possessor said the words, whoever the sentence's subject
/// is. The quote must stand early in that clause: in <c>Rubio’s claim that Cruz favors legalizing them is “not true”</c>
/// the quote is the main clause's verdict on the claim, not the claim.
/// </summary>
internal static class PossessedSpeechNoun
{
    private const int MaxWordsAfterConnector = 8;
    private const int MaxPhraseWords = 6;
    private const int MaxModifiers = 2;
    private const int MaxNameWords = 5;

    /// <summary>Nouns naming something said ("remarks", "statement"), from speech-nouns.txt.</summary>
    internal static readonly FrozenSet<string> Nouns = Lexicon.Lines("Lexicons/speech-nouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The possessor and noun before the quote opening at <paramref name="open"/>, as a cue whose content is
    /// <paramref name="quote"/>, or <see langword="null"/>. <paramref name="words"/> are the passage's words.</summary>
    public static CueCandidate? Find(string text, List<WordToken> words, int open, TextRange quote)
    {
        var q = WordIndex.FirstAtOrAfter(words, open);
        for (var c = q - 1; c >= 0 && c >= q - 1 - MaxWordsAfterConnector; c--)
        {
            if (words[c].InQuote)
            {
                return null;
            }

            if (words[c].Lower is not ("that" or "to" or "for"))
            {
                if (words[c].OpensSentence)
                {
                    return null;
                }

                continue;
            }

            // "claim that", "claim on Wednesday that", "pledge to", "call for": a short phrase may come between the
            // noun and "that"; "to" and "for" follow the noun directly.
            var farthest = words[c].Lower == "that" ? Math.Max(0, c - 1 - MaxPhraseWords) : c - 1;
            for (var n = c - 1; n >= 0 && n >= farthest; n--)
            {
                if (words[n].InQuote || words[n + 1].OpensSentence)
                {
                    break;
                }

                if (!Nouns.Contains(words[n].Text) || words[n].IsCapitalized || (n < c - 1 && !IsPhraseOpener(words[n + 1])))
                {
                    continue;
                }

                if (Possessor(text, words, n) is { } possessor)
                {
                    return new CueCandidate(words[n].Range, possessor, quote, false);
                }

                break;
            }
        }

        return null;
    }

    private static bool IsPhraseOpener(WordToken word) =>
        word.Lower is "on" or "at" or "in" or "during" or "before" or "after" or "from" or "last" or "this" or "earlier" or "about" or "to" or "of";

    // "Donald Trump’s", "Mr. Obama's", "his", "her", "their": the possessor before up to two modifiers of the noun.
    private static TextRange? Possessor(string text, List<WordToken> words, int noun)
    {
        for (var p = noun - 1; p >= 0 && p >= noun - 1 - MaxModifiers; p--)
        {
            var w = words[p];
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, w.End, words[p + 1].Start))
            {
                return null;
            }

            if (w.Lower is "his" or "her" or "their")
            {
                return w.Range;
            }

            if (w.IsCapitalized && (w.IsPossessive || w.Text.EndsWith('’') || (p + 1 <= noun && text[w.End] is '’' or '\'')))
            {
                var first = p;
                while (first > 0 && p - first < MaxNameWords - 1 && words[first - 1].IsCapitalized && !words[first - 1].InQuote
                    && !AttributionLexicon.SentenceStarters.Contains(words[first - 1].Text) && CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start))
                {
                    first--;
                }

                var end = text[w.End] is '’' or '\'' && !w.IsPossessive ? w.End + 1 : w.End;
                return new TextRange(words[first].Start, end);
            }

            // Modifiers of the noun are lower-case words ("patronizing", "controversial"), never a determiner.
            if (w.IsCapitalized || w.Lower is "the" or "a" or "an" or "this" or "that" or "its" or "our" or "my" or "your")
            {
                return null;
            }
        }

        return null;
    }
}
