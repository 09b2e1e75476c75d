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
                // "Trump said.", "Lee said of the harbour board.": a cue that closes its sentence, or nearly, with at
                // most a short phrase telling what the words were about. "Rubio called the plan “odd.”", "She also
                // said, without evidence, that …" and "Others paid tribute on social media to …" have content of their
                // own and are sentences apart (on PolNeAR, merging those as well found no more relations and gave
                // quotes the wrong speaker more often than the right one).
                var after = limit < sentence.End ? int.MaxValue : words.Count - (k + span);
                return after <= 3 || (after <= 6 && words[k + span].Lower is "of" or "about" or "on" or "to" or "at" or "in");
            }

            if (!words[k].IsCapitalized && !AttributionLexicon.CueModifiers.Contains(words[k].Text) && k > 0 && !words[k - 1].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }
}
