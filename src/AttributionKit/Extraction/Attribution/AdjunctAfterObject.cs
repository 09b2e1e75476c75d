using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue followed by the phrase it governs and a comma ("Holt urged a strong stand, with …", "Vale did not respond to a
/// request for comment, choosing to …", "the mayor insisted on a new pier, despite the cost"): when the rules that skip
/// an addressee or a phrase of time or place ("told reporters, …", "said in a statement, …") pass over that phrase to the
/// words after the comma, and those words open an adjunct of the sentence (a conjunction, a relative, "with", a
/// participle that is no cue), the skipped phrase is what the cue reports, not the adjunct.
/// </summary>
internal static class AdjunctAfterObject
{
    private static readonly FrozenSet<string> Openers =
        Lexicon.Lines("Lexicons/adjunct-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A quote, colon, semicolon or dash before the comma: the skipped words are no plain phrase the cue governs.
    private static readonly System.Buffers.SearchValues<char> PhraseBreakers = System.Buffers.SearchValues.Create("“”\"'’:;—–");

    /// <summary>
    /// The phrase between the cue ending at <paramref name="cueEnd"/> and the comma before <paramref name="content"/>
    /// when the content opens an adjunct; null when the content stands as found.
    /// </summary>
    public static TextRange? Phrase(string text, TextRange frame, List<WordToken> words, int cueEnd, TextRange content)
    {
        var between = text.AsSpan(cueEnd, content.Start - cueEnd);
        var comma = between.LastIndexOf(',');
        if (comma <= 0 || between[..comma].IsWhiteSpace() || between.IndexOfAny(PhraseBreakers) >= 0)
        {
            return null;
        }

        // "was told by the Gazette, which …": a passive's agent is who spoke, not what was said.
        var opener = WordIndex.FirstAtOrAfter(words, cueEnd);
        if (opener < words.Count && words[opener].Lower == "by")
        {
            return null;
        }

        var first = WordIndex.FirstAtOrAfter(words, content.Start);
        if (first >= words.Count || words[first].Start != content.Start || words[first].InQuote || words[first].IsCapitalized)
        {
            return null;
        }

        // "…, choosing to step back" opens an adjunct; "…, calling the plan a farce" is a cue of its own, read by its rules.
        var opensAdjunct = Openers.Contains(words[first].Text)
            || (words[first].Lower.EndsWith("ing", StringComparison.Ordinal) && AttributionLexicon.MatchVerb(words, first) == 0);
        return opensAdjunct ? ContentBoundary.ContentFrom(text, new TextRange(frame.Start, cueEnd + comma), cueEnd) : null;
    }
}
