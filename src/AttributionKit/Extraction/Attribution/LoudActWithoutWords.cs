using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verb of loud speech (loud-speech-verbs.txt) that tells of a noisy act rather than of words reported: followed by
/// "and", "or", a comma, a dash, a full stop or a word in -ly (<c>The protester yelled and held up a banner</c>,
/// <c>supporters began shouting, pointing, jeering</c>, <c>means shouting loudly</c>) in a sentence that holds no quotation.
/// Whatever follows is another act, so there is nothing said to credit; with a quote in the sentence (<c>Others shouted,
/// “Close the pier!”</c>, <c>“Out!” the crowd yelled.</c>) the verb stays a cue.
/// </summary>
internal static class LoudActWithoutWords
{
    private static readonly FrozenSet<string> LoudVerbs = Lexicon.Lines("Lexicons/loud-speech-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is a loud act with no words reported.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (!LoudVerbs.Contains(words[k].Lower) || words[k].InQuote)
        {
            return false;
        }

        var after = k + 1 < words.Count ? text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim() : text.AsSpan(words[k].End).Trim();
        var endsAct = after is "," or "." or "—" or "–" or "-" or "--" or ";"
            || (after.IsEmpty && k + 1 < words.Count && (words[k + 1].Lower is "and" or "or"
                || (words[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal) && words[k + 1].Text.Length > 4)));
        return endsAct && !SentenceHoldsQuote(text, words, k);
    }

    // Whether the sentence around word k (read from the text: a full stop, question or exclamation mark before a space,
    // or a line break, ends it) holds a double quotation mark ('' too) or a quoted word.
    private static bool SentenceHoldsQuote(string text, List<WordToken> words, int k)
    {
        var start = words[k].Start;
        while (start > 0 && !EndsSentenceAt(text, start - 1))
        {
            start--;
        }

        var end = words[k].End;
        while (end < text.Length && !EndsSentenceAt(text, end))
        {
            end++;
        }

        var sentence = text.AsSpan(start, end - start);
        return sentence.IndexOfAny(QuoteMarks.Double) >= 0 || sentence.Contains("''", StringComparison.Ordinal)
            || words.Any(w => w.InQuote && w.Start >= start && w.End <= end);
    }

    // A line break, or a full stop, question or exclamation mark followed by a space or the end of the text.
    private static bool EndsSentenceAt(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}
