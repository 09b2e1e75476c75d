using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A sentence opening on "To" and a person, then a comma ("To Nora Vale, the pier is a relic", "To harbour critic Dana
/// Holt, the lease seemed a gift", "To many, the vote was a farce"): the rest of the sentence is that person's view.
/// PolNeAR marks "To" as the cue, the person as the source and the main clause as the content. Only a name (its first
/// and last words capitalized) or a pronoun standing for people: "To date", "To be sure", "To that end", "To White House
/// officials" and "To her supporters" open nothing.
/// </summary>
internal static class OpeningToViewpoint
{
    // How many words the person's phrase may run before its comma ("Harbour State University history professor Nora Vale").
    private const int MaxPhraseWords = 9;

    // How many words a relative clause describing the person may run before its comma.
    private const int MaxClauseWords = 15;

    private static readonly FrozenSet<string> Pronouns = Lexicon.Lines("Lexicons/viewpoint-pronouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 2 < words.Count; k++)
        {
            var to = words[k];
            if (to.Text != "To" || to.InQuote || !(k == 0 || to.OpensSentence))
            {
                continue;
            }

            var last = PhraseEnd(text, words, k + 1, MaxPhraseWords);
            if (last < 0 || last + 1 >= words.Count || words[last + 1].InQuote)
            {
                continue;
            }

            var single = last == k + 1 && Pronouns.Contains(words[last].Text);
            if (!single && !(words[k + 1].IsCapitalized && words[last].IsCapitalized && !words[last].IsPossessive))
            {
                continue;
            }

            // "To Dana Holt, who has studied the harbour for years, the lease …": the relative clause describes the
            // person; the view follows the comma that closes it.
            var sourceEnd = last;
            if (words[last + 1].Lower == "who" && PhraseEnd(text, words, last + 1, MaxClauseWords) is var clauseLast and > 0)
            {
                sourceEnd = clauseLast;
            }

            if (sourceEnd + 1 >= words.Count || ContentBoundary.ContentFrom(text, frame, words[sourceEnd + 1].Start) is not { } content
                || CueFinder.AnyCueOverlaps(found, to.Range))
            {
                continue;
            }

            // "To Nora Vale, the stare seemed to reflect sadness": a judgement naming nobody inside the view is hers.
            found.RemoveAll(c => c.IsSourceless && c.Content is { } inner && inner.Start >= content.Start && inner.End <= content.End);
            found.Add(new CueCandidate(to.Range, new TextRange(words[k + 1].Start, words[sourceEnd].End), content, false) { AttributesQuotes = false });
        }
    }

    // The index of the last word before the comma that closes the phrase opening at first, or -1 when no comma closes it
    // within reach or other punctuation comes first.
    private static int PhraseEnd(string text, List<WordToken> words, int first, int reach)
    {
        for (var j = first; j < words.Count - 1 && j - first < reach; j++)
        {
            if (words[j].InQuote)
            {
                return -1;
            }

            var gap = text.AsSpan(words[j].End, words[j + 1].Start - words[j].End).Trim();
            if (gap is [','])
            {
                return j;
            }

            if (CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                return -1;
            }
        }

        return -1;
    }
}
