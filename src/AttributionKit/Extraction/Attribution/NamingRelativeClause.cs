using System.Buffers;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A relative clause whose naming verb takes the quote right after it: "under what Dana Holt called “the old harbour
/// model,” the pier company charged a fee", "in a speech that the mayor called “reckless,” Vale demanded a new pier".
/// The verb's object is the relative pronoun's gap, so the clause ends with the quote and the comma after it hands
/// over to the sentence's main clause: the subject and verb there are not a tag crediting the quote ("…,” Holt said).
/// </summary>
internal static class NamingRelativeClause
{
    /// <summary>The most words between the relative pronoun and the naming verb (the clause's subject).</summary>
    private const int MaxSubjectWords = 8;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:—–(");

    private static readonly string[][] NamingVerbs = Lexicon.Lines("Lexicons/naming-verbs.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToArray();

    /// <summary>
    /// Whether the words before the quote mark at <paramref name="open"/> are a relative pronoun (<c>what</c>,
    /// <c>which</c>, <c>that</c>, …), a subject and a naming verb, with no comma or other clause break among them.
    /// </summary>
    public static bool EndsAt(string text, List<WordToken> words, int open)
    {
        var last = WordIndex.FirstAtOrAfter(words, open) - 1;
        if (last < 0 || words[last].InQuote || text.AsSpan(words[last].End, open - words[last].End).Trim().Length > 0)
        {
            return false;
        }

        var verbLength = NamingVerbs.Where(verb => EndsWith(words, last, verb)).Select(verb => verb.Length).DefaultIfEmpty(0).Max();
        if (verbLength == 0)
        {
            return false;
        }

        var firstOfVerb = last - verbLength + 1;
        for (var k = firstOfVerb - 1; k >= 0 && k >= firstOfVerb - 1 - MaxSubjectWords; k--)
        {
            if (words[k].InQuote || words[k].OpensSentence || text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(ClauseBreaks) >= 0)
            {
                return false;
            }

            // "that" opens a relative clause here: a conjunction "that" would leave "called" without an object.
            if (k < firstOfVerb - 1 && (AttributionLexicon.RelativeObjectPronouns.Contains(words[k].Text) || words[k].Lower == "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ends at its quote the content of a naming verb that a relative clause closes with the quote ("in a clip that the
    /// judge called “distasteful,” Holt expressed a desire …" reports "distasteful", not Holt's main clause).
    /// </summary>
    public static void EndContentsAtQuote(string text, List<WordToken> words, List<CueCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Content is not { } content || content.Start < found[i].Cue.End || !EndsAt(text, words, content.Start))
            {
                continue;
            }

            var k = WordIndex.FirstAtOrAfter(words, content.Start);
            if (k >= words.Count || !words[k].InQuote)
            {
                continue;
            }

            while (k + 1 < words.Count && words[k + 1].InQuote && words[k + 1].End <= content.End)
            {
                k++;
            }

            // The closing mark and the comma or stop inside it belong to the quote: "“distasteful,”".
            var end = words[k].End;
            while (end < content.End && text[end] is ',' or '.' or '?' or '!' or '”' or '"' or '’' or '\'')
            {
                end++;
            }

            if (end < content.End)
            {
                found[i] = found[i] with { Content = new TextRange(content.Start, end) };
            }
        }
    }

    private static bool EndsWith(List<WordToken> words, int last, string[] phrase)
    {
        var first = last - phrase.Length + 1;
        if (first < 0)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[first + i].Lower, phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
