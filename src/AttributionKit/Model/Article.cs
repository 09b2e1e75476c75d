using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Model;

/// <summary>
/// A loaded article: its original text, the main text extracted from it, the blocks and links of that text
/// and what the document says about itself. Immutable.
/// </summary>
/// <remarks>
/// Everything found in an article is located twice: by a <see cref="TextRange"/> into <see cref="Text"/>, and by a
/// <see cref="SourceSpan"/> into <see cref="Source"/>, the file as read. For plain text the two coincide up to
/// the blank lines the loader normalises; for HTML the span points into the markup.
/// </remarks>
public sealed class Article
{
    private readonly SourceMap _map;
    private readonly LineIndex _lines;

    internal Article(
        string? path,
        ArticleFormat format,
        string source,
        string text,
        SourceMap map,
        ImmutableArray<TextBlock> blocks,
        ImmutableArray<ArticleLink> links,
        DocumentMetadata metadata)
        : this(path, format, source, LineIndex.Build(source), text, map, blocks, links, metadata)
    {
    }

    internal Article(
        string? path,
        ArticleFormat format,
        string source,
        LineIndex lines,
        string text,
        SourceMap map,
        ImmutableArray<TextBlock> blocks,
        ImmutableArray<ArticleLink> links,
        DocumentMetadata metadata)
    {
        Path = path;
        Format = format;
        Source = source;
        Text = text;
        _map = map;
        _lines = lines;
        Blocks = blocks.IsDefault ? [] : blocks;
        Links = links.IsDefault ? [] : links;
        Metadata = metadata;
    }

    /// <summary>The file the article was read from, as given; <see langword="null"/> for text passed in memory.</summary>
    public string? Path { get; }

    /// <summary>The format the article was read as.</summary>
    public ArticleFormat Format { get; }

    /// <summary>The original file's text, decoded.</summary>
    public string Source { get; }

    /// <summary>The article's main text: its blocks in reading order, separated by blank lines.</summary>
    public string Text { get; }

    /// <summary>The blocks of <see cref="Text"/>, in order.</summary>
    public ImmutableArray<TextBlock> Blocks { get; }

    /// <summary>The hyperlinks inside the main text, in order.</summary>
    public ImmutableArray<ArticleLink> Links { get; }

    /// <summary>What the document says about itself.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The number of lines of <see cref="Source"/>.</summary>
    public int SourceLineCount => _lines.LineCount;

    /// <summary>Where a range of the main text stands in the original file.</summary>
    /// <param name="range">A range of <see cref="Text"/>.</param>
    public SourceSpan GetSourceSpan(TextRange range)
    {
        var start = _map.MapStart(range.Start);
        var end = range.IsEmpty ? start : Math.Max(start, _map.MapEnd(range.End));
        return _lines.GetSpan(start, end);
    }

    /// <summary>The main text of a range.</summary>
    /// <param name="range">A range of <see cref="Text"/>.</param>
    public string GetText(TextRange range) => Text.Substring(range.Start, range.Length);

    /// <summary>The text of one source line (1-based), without its line break.</summary>
    /// <param name="line">A 1-based line number.</param>
    public string GetSourceLine(int line)
    {
        var start = _lines.GetLineStart(line);
        var end = start;
        while (end < Source.Length && Source[end] != '\n' && Source[end] != '\r')
        {
            end++;
        }

        return Source[start..end];
    }

    /// <summary>The 1-based line and column of a source offset.</summary>
    internal (int Line, int Column) GetSourcePosition(int sourceOffset) => _lines.GetPosition(sourceOffset);

    /// <summary>A source span for raw source offsets (metadata found outside the main text).</summary>
    internal SourceSpan GetSpanOfSource(int start, int end) => _lines.GetSpan(start, end);

    /// <summary>A located mention of a range of the main text.</summary>
    internal Mention CreateMention(TextRange range) => new(GetText(range), range, GetSourceSpan(range));

    /// <summary>The index of the block holding <paramref name="offset"/>, or -1 between blocks.</summary>
    internal int FindBlockIndex(int offset)
    {
        int lo = 0, hi = Blocks.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var r = Blocks[mid].Range;
            if (offset < r.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= r.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
