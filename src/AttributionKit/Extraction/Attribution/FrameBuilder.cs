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

            frames.Add(new TextRange(start, end));
        }

        return frames;
    }
}
