using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Segmentation;

/// <summary>An article with its main text split into sentences; what every extractor reads.</summary>
internal sealed class SegmentedArticle
{
    private readonly ImmutableArray<int> _firstSentenceOfBlock;

    // Each sentence's words, tokenized once on first use: the outlet and claim stages both read them.
    private readonly ImmutableArray<LexicalToken>[] _tokens;

    public SegmentedArticle(Article article, ImmutableArray<Sentence> sentences)
    {
        Article = article;
        Sentences = sentences;
        var first = new int[article.Blocks.Length + 1];
        Array.Fill(first, -1);
        for (var i = sentences.Length - 1; i >= 0; i--)
        {
            first[sentences[i].BlockIndex] = i;
        }

        // A block without sentences points at the next block's first sentence, so ranges stay contiguous.
        first[^1] = sentences.Length;
        for (var b = first.Length - 2; b >= 0; b--)
        {
            if (first[b] < 0)
            {
                first[b] = first[b + 1];
            }
        }

        _firstSentenceOfBlock = [.. first];
        _tokens = new ImmutableArray<LexicalToken>[sentences.Length];
    }

    /// <summary>The words and punctuation of a sentence (<see cref="LexicalTokenizer"/>), tokenized once per article.</summary>
    public ImmutableArray<LexicalToken> TokensOf(int sentenceIndex)
    {
        if (_tokens[sentenceIndex].IsDefault)
        {
            var range = Sentences[sentenceIndex].Range;
            _tokens[sentenceIndex] = LexicalTokenizer.Tokenize(Article.Text, range.Start, range.End);
        }

        return _tokens[sentenceIndex];
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The main text.</summary>
    public string Text => Article.Text;

    /// <summary>All sentences in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The sentences of one block.</summary>
    public ReadOnlySpan<Sentence> SentencesOf(int blockIndex) =>
        Sentences.AsSpan()[_firstSentenceOfBlock[blockIndex].._firstSentenceOfBlock[blockIndex + 1]];

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or of the next one after it; -1 past the end.</summary>
    public int FindSentenceIndex(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Sentences[mid].Range.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                found = mid;
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The text of a sentence.</summary>
    public string GetText(Sentence sentence) => Article.GetText(sentence.Range);
}
