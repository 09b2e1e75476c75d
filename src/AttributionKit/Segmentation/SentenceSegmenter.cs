using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Segmentation;

/// <summary>
/// Splits each block of the main text into sentences. Rule-based: a sentence ends at <c>.</c>, <c>!</c>, <c>?</c>
/// or <c>…</c> (with any closing quote marks and brackets after it) followed by white space and a capital letter,
/// a digit or an opening quote, unless the word before the full stop is a known abbreviation or an initial. A wire
/// dateline opening a paragraph is a sentence of its own.
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly FrozenSet<string> Abbreviations =
        Lexicon.Lines("Lexicons/abbreviations.txt")
            .Select(a => a.TrimEnd('.'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that often close a sentence as well ("in the U.S.", "Acme Inc.", "at 9 a.m.", "said no."): after them, a
    // word that can only open a sentence ("He", "The", "But") starts one. Titles ("Sen.", "Gov.") never end one.
    private static readonly FrozenSet<string> SentenceClosingAbbreviations =
        Lexicon.Lines("Lexicons/sentence-closing-abbreviations.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SentenceOpeningWords =
        Lexicon.Lines("Lexicons/sentence-opening-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Segments the article.</summary>
    public static SegmentedArticle Segment(Article article)
    {
        var text = article.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var b = 0; b < article.Blocks.Length; b++)
        {
            var range = article.Blocks[b].Range;
            var start = range.Start;
            if (article.Blocks[b].Kind == BlockKind.Paragraph && WireDateline.LengthAt(text, start, range.End) is > 0 and var dateline)
            {
                Add(sentences, text, start, start + dateline, b);
                start += dateline;
            }

            while (FirstEnd(text, start, range.End) is { } found)
            {
                Add(sentences, text, start, found.End, b);
                start = found.Next;
            }

            Add(sentences, text, start, range.End, b);
        }

        return new SegmentedArticle(article, sentences.ToImmutable());
    }

    /// <summary>
    /// The first sentence end after <paramref name="start"/> before <paramref name="end"/>: where the sentence ends
    /// (after its closing marks) and where the next one begins; null when the text runs on to <paramref name="end"/>.
    /// </summary>
    internal static (int End, int Next)? FirstEnd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && IsCloser(text[close]))
            {
                close++;
            }

            if (close < end && !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next])
                || (c == '.' && IsAbbreviation(text, start, i) && !ClosesSentenceBefore(text, start, i, next, end)))
            {
                continue;
            }

            return (close, next);
        }

        return null;
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

    /// <summary>
    /// Whether the abbreviation ending at <paramref name="dot"/> also ends its sentence: it is dotted ("U.S.", "a.m.")
    /// or a company or name suffix ("Inc.", "Jr."), and the word at <paramref name="next"/> can only open a sentence.
    /// </summary>
    private static bool ClosesSentenceBefore(string text, int sentenceStart, int dot, int next, int end)
    {
        var wordEnd = next;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == next || (wordEnd < end && text[wordEnd] == '.') || !SentenceOpeningWords.Contains(text[next..wordEnd]))
        {
            return false;
        }

        var word = WordBefore(text, sentenceStart, dot);
        return (word.Length > 1 && word.Contains('.')) || SentenceClosingAbbreviations.Contains(word.ToString());
    }

    /// <summary>The word, with any inner full stops, that ends at <paramref name="dot"/>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return text.AsSpan(wordStart, dot - wordStart);
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation or an initial rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var word = WordBefore(text, sentenceStart, dot);
        if (word.Length == 0)
        {
            return false;
        }

        // "J." in "J. Smith" and "U.S." are not sentence ends, unless a sentence-opening word follows (ClosesSentenceBefore).
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // "U.S.", "a.m.", "Ph.D." end on a part of one letter; a web address ("Pier.com.", "harbour-news.org.") ends on
        // a longer part and its full stop ends the sentence, as the word tokenizer reads it.
        if (word.LastIndexOf('.') is var lastDot and >= 0 && word.Length - lastDot - 1 <= 1)
        {
            return true;
        }

        return Abbreviations.Contains(word.ToString());
    }
}
