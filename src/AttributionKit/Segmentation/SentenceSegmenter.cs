using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Segmentation;

/// <summary>
/// Splits each block of the main text into sentences. Rule-based: a sentence ends at <c>.</c>, <c>!</c>, <c>?</c>
/// or <c>…</c> (with any closing quote marks and brackets after it) followed by white space and a capital letter,
/// a digit or an opening quote, unless the word before the full stop is a known abbreviation or an initial.
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly FrozenSet<string> Abbreviations =
        Lexicon.Lines("Lexicons/abbreviations.txt")
            .Select(a => a.TrimEnd('.'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Segments the article.</summary>
    public static SegmentedArticle Segment(Article article)
    {
        var text = article.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var b = 0; b < article.Blocks.Length; b++)
        {
            var range = article.Blocks[b].Range;
            var start = range.Start;
            for (var i = range.Start; i < range.End; i++)
            {
                var c = text[i];
                if (c is not ('.' or '!' or '?' or '…'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < range.End && IsCloser(text[end]))
                {
                    end++;
                }

                if (end < range.End && !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                var next = end;
                while (next < range.End && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next >= range.End || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, start, i)))
                {
                    continue;
                }

                Add(sentences, text, start, end, b);
                start = next;
                i = next - 1;
            }

            Add(sentences, text, start, range.End, b);
        }

        return new SegmentedArticle(article, sentences.ToImmutable());
    }

    private static void Add(ImmutableArray<Sentence>.Builder sentences, string text, int start, int end, int block)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(new TextRange(start, end), block));
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '“' or ')' or ']' or '.' or '!' or '?' or '…';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«' or '„' or '(' or '[' or '—' or '–' or '•' or '-';

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation or an initial rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // "J." in "J. Smith" and "U.S." are not sentence ends (a sentence that really ends in "U.S." rarely matters).
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Abbreviations.Contains(word.ToString());
    }
}
