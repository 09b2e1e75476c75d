using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A short phrase opened by a preposition that names the medium or the time of a statement ("Nora Vale said in a
/// statement to the Gazette", "the plan was criticized on social media", "Dana Holt wrote in a letter to the court",
/// "the board projected over the next decade"): it tells where, when or how something was said, never what, as a lone
/// day or adverb does not. A phrase with a verb of its own ("wrote on Friday that the pier would close", "said in a
/// statement the ferry will run") is a clause and stays.
/// </summary>
internal static class SettingPhrase
{
    private const int MaxWords = 7;

    private static readonly FrozenSet<string> Prepositions =
        Lexicon.Lines("Lexicons/setting-prepositions.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SettingNouns =
        Lexicon.Lines("Lexicons/setting-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseWords =
        Lexicon.Lines("Lexicons/setting-clause-words.txt").ToFrozenSet(StringComparer.Ordinal);

    // Double quote marks only: a single one inside a word is an apostrophe ("during Tuesday’s conference call").
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    internal static bool IsSettingOnly(string text, TextRange content)
    {
        // Seven words fit in 80 characters; a longer content is not tokenized.
        if (content.Length is 0 or > 80 || text.AsSpan(content.Start, content.Length).ContainsAny(QuoteMarks)
            || text[content.Start] is '\'' or '‘')
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, content.Start, content.End);
        if (words.Count is < 2 or > MaxWords || !Prepositions.Contains(words[0].Lower))
        {
            return false;
        }

        var setting = false;
        for (var i = 1; i < words.Count; i++)
        {
            var lower = words[i].Lower;
            if (AttributionLexicon.AuxiliaryVerbs.Contains(lower) || ClauseWords.Contains(lower))
            {
                return false;
            }

            setting |= SettingNouns.Contains(lower);
        }

        return setting;
    }
}
