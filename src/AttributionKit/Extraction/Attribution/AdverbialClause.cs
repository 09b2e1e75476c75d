using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue inside an adverbial clause that opens its sentence ("After thanking the crowd, he touted …", "Despite
/// challenging the leader, Cruz said …", "Having announced that …, Judge Berman proceeded …"): the clause has no
/// subject of its own, and the speaker is the subject of the main clause after its comma, as annotated corpora mark it.
/// The opening word ("After", "Having") is never the source.
/// </summary>
internal static class AdverbialClause
{
    private static readonly FrozenSet<string> Openers =
        Lexicon.Lines("Lexicons/adverbial-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The number of words in the longest opener phrase of the lexicon ("in addition to").
    private static readonly int MaxOpenerWords = Openers.Max(o => o.Split(' ').Length);

    /// <summary>Whether <paramref name="word"/> is one of the words that open such a clause ("After", "Despite", "In").</summary>
    public static bool IsOpener(WordToken word) => Openers.Contains(word.Text);

    /// <summary>
    /// Whether the cue that starts at word <paramref name="cueFirst"/> stands right after a subordinating word that opens
    /// its sentence ("After saying", "Having announced", "But while saying").
    /// </summary>
    public static bool OpensBefore(string text, List<WordToken> words, int cueFirst)
    {
        var k = OpenerStart(text, words, cueFirst);
        if (k < 0 || (!words[k].IsCapitalized && !(k == 1 && words[0].Lower is "but" or "and" or "so" or "yet")))
        {
            return false;
        }

        // "Having" may itself open the cue's auxiliaries; otherwise the opener must stand alone before the cue.
        return text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).IsWhiteSpace();
    }

    // The first word of the opener that ends right before word cueFirst: one word ("After", "Despite") or a phrase
    // used as one ("In addition to stating that the pier is safe, Holt vowed …", "Instead of calling it a harbour,
    // Vale said …"), whose words stand outside quotes with only spaces between them; -1 when there is none.
    private static int OpenerStart(string text, List<WordToken> words, int cueFirst)
    {
        for (var length = 1; length <= MaxOpenerWords && cueFirst - length >= 0; length++)
        {
            var first = cueFirst - length;
            if (words[first].InQuote)
            {
                return -1;
            }

            if (length > 1 && !text.AsSpan(words[first].End, words[first + 1].Start - words[first].End).IsWhiteSpace())
            {
                return -1;
            }

            // A single word is looked up as it is, without building a joined string.
            var candidate = length == 1 ? words[first].Text : string.Join(' ', words.Skip(first).Take(length).Select(w => w.Text));
            if (Openers.Contains(candidate))
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject of the main clause after the adverbial clause whose cue ends at word <paramref name="cueLast"/>:
    /// the noun phrase after the clause's first comma outside quotes; null when there is none within reach.
    /// </summary>
    public static TextRange? MainSubject(string text, List<WordToken> words, int cueLast)
    {
        for (var j = cueLast + 1; j < words.Count && j - cueLast <= 40; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.IndexOfAny(".;:!?") >= 0)
            {
                return null;
            }

            if (words[j].InQuote || !gap.Contains(','))
            {
                continue;
            }

            // "After thanking the crowd, which chanted his name, he touted …": a relative clause inside goes on.
            if (words[j].Lower is "which" or "who" or "whose" or "whom" or "where")
            {
                continue;
            }

            var rest = words.GetRange(j, words.Count - j);
            return SentenceSubject.Of(text, rest, rest.Count) is { } subject && subject.Start == words[j].Start ? subject : null;
        }

        return null;
    }
}
