using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A phrase of time or occasion set between a reporting verb and its reported clause when no "that" marks where the
/// clause begins: "Holt said Monday the pier would close", "Vale told reporters last week she would resign", "the board
/// said in a statement it would appeal". The phrase dates or places the saying, and what was said starts after it.
/// </summary>
internal static class DatedClauseAfterCue
{
    private static readonly FrozenSet<string> ClauseOpeners =
        Lexicon.Lines("Lexicons/dated-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "in a statement", "at a news conference", "in an interview with the Gazette": the most words after the
    // preposition up to the occasion noun.
    private const int MaxOccasionWords = 4;

    /// <summary>
    /// The start of the reported clause in <paramref name="content"/> when it opens with a phrase of time ("Monday",
    /// "Tuesday night", "on Friday", "last week", "yesterday", "earlier", "for months") or of occasion (a preposition and a phrase
    /// ending in a noun of source-occasions.txt: "in a statement", "at a news conference") and the next word opens a
    /// clause (dated-clause-openers.txt). Null otherwise: "said Friday was the deadline" reports Friday.
    /// </summary>
    public static int? ClauseStart(string text, TextRange content)
    {
        // Only a short prefix is read; the phrase holds at most a few words.
        var words = WordTokenizer.Tokenize(text, content.Start, Math.Min(content.End, content.Start + 80));
        if (words.Count < 3)
        {
            return null;
        }

        var phraseEnd = TimePhraseLength(words) ?? OccasionPhraseLength(words);
        // A quoted word is what was said ("said Monday “the pier is done”"), not a phrase of the saying.
        if (phraseEnd is not { } k || k >= words.Count - 1 || !ClauseOpeners.Contains(words[k].Lower) || words.Take(k + 1).Any(w => w.InQuote))
        {
            return null;
        }

        // Nothing but spaces between the phrase and the clause: "said Monday, the pier …" is read elsewhere.
        return text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace() ? words[k].Start : null;
    }

    // "Monday", "Monday night", "on Friday", "last week", "this month", "yesterday", "earlier", "for years": the number of words.
    private static int? TimePhraseLength(List<WordToken> words)
    {
        var k = words[0].Lower == "on" ? 1 : 0;
        if (AttributionLexicon.DayWords.Contains(words[k].Lower))
        {
            return AttributionLexicon.IsPartOfDay(words[k + 1].Lower) ? k + 2 : k + 1;
        }

        if (k == 0 && IsLastOrThisUnit(words, 0))
        {
            return 2;
        }

        // "has been saying for months that …", "has argued for years the pier …": a span of time the saying went on.
        if (k == 0 && words[0].Lower == "for" && words[1].Lower is "days" or "weeks" or "months" or "years" or "decades")
        {
            return 2;
        }

        // "earlier", "earlier this year": the time phrase may go on past the adverb, and its words are no clause.
        if (k == 0 && words[0].Lower is "earlier" or "later")
        {
            return IsLastOrThisUnit(words, 1) ? 3 : 1;
        }

        return null;
    }

    // "last week", "this month" at word k.
    private static bool IsLastOrThisUnit(List<WordToken> words, int k) =>
        k + 1 < words.Count && words[k].Lower is "last" or "this" && words[k + 1].Lower is "week" or "weekend" or "month" or "year";

    // "in a statement", "at a news conference", "during an interview": the number of words up to the occasion noun.
    private static int? OccasionPhraseLength(List<WordToken> words)
    {
        if (words[0].Lower is not ("in" or "at" or "during"))
        {
            return null;
        }

        for (var k = 1; k <= MaxOccasionWords && k < words.Count - 1; k++)
        {
            if (SourcePhrase.IsOccasion(words[k]))
            {
                return k + 1;
            }
        }

        return null;
    }
}
