using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The speaker of a quote inside a clause that another cue reports: <c>Obama said he expected that Americans will say
/// “no”</c>, <c>Westmacott said that Obama shows “great charm”</c>. The quoted words come to the reader through the
/// outer speaker, and the annotated corpora credit them to that one, not to the subject of the reported clause.
/// </summary>
internal static class ReportedClauseSpeaker
{
    // Words that open a relative or adverbial clause: a cue after one ("whom he described as “volatile”", "when he told
    // Wallace, “…”") speaks for itself, and a cue after one ("After Scalia said …, Trump said: “…”") reports nothing
    // that holds the next clause.
    private static readonly FrozenSet<string> ClauseOpeners = Lexicon.Lines("Lexicons/reported-clause-breakers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The outermost cue in <paramref name="covering"/> whose content holds <paramref name="own"/>'s source and cue in
    /// the same sentence, when <paramref name="own"/> stands before the quote at <paramref name="open"/> and opens a
    /// clause the outer cue reports; else <paramref name="own"/>. <paramref name="words"/> are the passage's words.
    /// </summary>
    public static CueCandidate Outermost(string text, List<WordToken> words, List<CueCandidate> covering, CueCandidate own, int open)
    {
        // "“…,” he said": a tag after the quote names its own speaker.
        if (own.Cue.End > open || own.Source.End > open || OpensSubordinate(words, own.Source.Start))
        {
            return own;
        }

        var result = own;
        foreach (var c in covering)
        {
            if (c == own || c.Content is not { } content || c.Cue.End > own.Source.Start || !content.Contains(own.Source) || !content.Contains(own.Cue)
                || c.Source.End > c.Cue.Start || !text.AsSpan(c.Cue.Start, c.Cue.Length).ContainsAnyInRange('a', 'z') || OpensSubordinate(words, c.Source.Start) || ClauseOpeners.Contains(text.Substring(c.Source.Start, c.Source.Length))
                || text.AsSpan(c.Source.Start, c.Source.Length) is "That" or "This" or "It" or "you" or "You" or "we" or "We" or "I"
                || SentenceBreakBetween(words, c.Cue.End, own.Source.Start))
            {
                continue;
            }

            if (c.Cue.Start < result.Cue.Start)
            {
                result = c;
            }
        }

        return result;
    }

    // Whether one of the three words before the offset opens a relative or adverbial clause.
    private static bool OpensSubordinate(List<WordToken> words, int start)
    {
        var k = WordIndex.FirstAtOrAfter(words, start);
        for (var i = k - 1; i >= 0 && i >= k - 3; i--)
        {
            if (words[i].InQuote)
            {
                return false;
            }

            if (ClauseOpeners.Contains(words[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a sentence starts, or a quote stands, between the outer cue and the inner source: the outer cue's
    // content then runs on past its own clause ("Bush says he’s going to “work hard” … after 7 p.m. He says “…”";
    // "telling Mic, “…,” he said, adding, “…”").
    private static bool SentenceBreakBetween(List<WordToken> words, int start, int end)
    {
        for (var k = WordIndex.FirstAtOrAfter(words, start); k < words.Count && words[k].Start < end; k++)
        {
            // An abbreviation may hide a sentence end from the segmentation ("the U.S. While Clinton …").
            if (words[k].OpensSentence || words[k].InQuote
                || (k > 0 && words[k].IsCapitalized && words[k - 1].Text.EndsWith('.') && AttributionLexicon.SentenceStarters.Contains(words[k].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
