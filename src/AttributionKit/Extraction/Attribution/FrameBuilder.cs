using AttributionKit.Segmentation;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Splits each block into passages: its sentences, merged where a quote runs across a sentence end
/// (<c>“First. Second,” he said.</c> is one passage), so a quote and its cue are always read together.
/// </summary>
internal static class FrameBuilder
{
    /// <summary>The passages of block <paramref name="blockIndex"/>, in order.</summary>
    public static List<TextRange> Build(SegmentedArticle article, int blockIndex, IReadOnlyList<QuotedSegment> blockSegments)
    {
        var frames = new List<TextRange>();
        var sentences = article.SentencesOf(blockIndex);
        var block = article.Article.Blocks[blockIndex].Range;
        var i = 0;
        while (i < sentences.Length)
        {
            var start = sentences[i].Range.Start;
            var end = sentences[i].Range.End;
            i++;
            while (true)
            {
                var reach = end;
                foreach (var segment in blockSegments)
                {
                    if (segment.Open < end)
                    {
                        reach = Math.Max(reach, segment.IsClosed ? segment.Close + 1 : block.End);
                    }
                }

                if (reach <= end)
                {
                    break;
                }

                while (i < sentences.Length && sentences[i].Range.Start < reach)
                {
                    end = sentences[i].Range.End;
                    i++;
                }

                end = Math.Max(end, Math.Min(reach, block.End));
            }

            // "“Who do they think they are?” Trump said of Apple.": the sentence after a closing quote may be its cue.
            if (i < sentences.Length && EndsWithQuote(article.Text, end, blockSegments) && StartsWithCue(article.Text, sentences[i].Range))
            {
                end = sentences[i].Range.End;
                i++;
            }

            frames.Add(new TextRange(start, end));
        }

        return frames;
    }

    private static bool EndsWithQuote(string text, int end, IReadOnlyList<QuotedSegment> blockSegments) =>
        blockSegments.Any(s => s.IsClosed && (s.Close == end - 1 || (s.Close == end - 2 && text[end - 1] == '.')));

    private static bool StartsWithCue(string text, TextRange sentence)
    {
        if (QuoteMarks.IsQuoteMark(text[sentence.Start]))
        {
            return false;
        }

        // The first words are enough: a cue that decides stands among the first eight.
        var limit = Math.Min(sentence.End, sentence.Start + 160);
        var words = WordTokenizer.Tokenize(text, sentence.Start, limit);
        for (var k = 1; k < words.Count && k < 8; k++)
        {
            var span = words[k].IsCapitalized ? 0 : AttributionLexicon.MatchVerb(words, k);
            if (span > 0)
            {
                // "Trump said of Apple.": a cue that closes its sentence; "Rubio called the plan “odd.”" has content
                // of its own and is a sentence apart.
                var after = limit < sentence.End ? int.MaxValue : words.Count - (k + span);
                if (k + span >= words.Count)
                {
                    return true;
                }

                return after <= 3 || text.AsSpan(words[k + span - 1].End, words[k + span].Start - words[k + span - 1].End).Contains(',')
                    || words[k + span].Lower is "of" or "about" or "in" or "on" or "at" or "to" or "during" or "after" or "before" or "while" or "when" or "as";
            }

            if (!words[k].IsCapitalized && !AttributionLexicon.CueModifiers.Contains(words[k].Text) && k > 0 && !words[k - 1].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }
}
