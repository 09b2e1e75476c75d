using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttributionKit.Loading.Markdown;

/// <summary>
/// Reads a Markdown article with Markdig (precise source locations): headings, paragraphs, list items and
/// <c>&gt;</c> block quotes become blocks; emphasis, links and code keep their text; YAML front matter gives
/// the title, date and authors.
/// </summary>
internal static class MarkdownLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public static Article Load(string source, string? path)
    {
        var document = Markdig.Markdown.Parse(source, Pipeline);
        var state = new State(source);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        foreach (var block in document)
        {
            Visit(block, state, quoteDepth: 0, quoteGroup: -1, listDepth: 0);
        }

        var lines = LineIndex.Build(source);
        var metadata = FrontMatterReader.Read(source, frontMatter, lines, state.FirstHeading, state.Dateline);
        var text = state.Builder.ToString();
        var map = state.Builder.BuildMap();
        return new Article(path, ArticleFormat.Markdown, source, lines, text, map, state.Blocks.ToImmutable(), state.BuildLinks(text, map, lines), metadata);
    }

    // A wire dateline opening the first paragraph ("LAKESIDE, May 19, 2025 — The council…") dates the story when no
    // line of its own did. It is read in the source, where it stands as written.
    private static void ReadWireDateline(ParagraphBlock paragraph, State state)
    {
        var start = paragraph.Span.Start;
        var lineEnd = state.Source.IndexOf('\n', start);
        var line = state.Source[start..(lineEnd < 0 ? state.Source.Length : lineEnd)];
        if (state.Dateline is null && DocumentDateParser.ParseWireDateline(line) is { } wire)
        {
            state.Dateline = (wire.Date, start, start + wire.Text.Length, wire.Text);
        }
    }

    private static void Visit(Block block, State state, int quoteDepth, int quoteGroup, int listDepth)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                return;
            case HeadingBlock heading:
                var kind = state.FirstHeading is null && heading.Level == 1 && state.Blocks.Count == 0 ? BlockKind.Title : BlockKind.Heading;
                if (AddLeaf(heading, kind, heading.Level, quoteGroup, state) is { } range && kind == BlockKind.Title)
                {
                    state.FirstHeading = state.Builder.ToString()[range.Start..range.End];
                }

                return;
            case ParagraphBlock paragraph:
                var paragraphKind = quoteDepth > 0 ? BlockKind.BlockQuote : listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph;
                if (paragraphKind == BlockKind.BlockQuote && IsCitationLine(paragraph))
                {
                    paragraphKind = BlockKind.Citation;
                }

                var added = AddLeaf(paragraph, paragraphKind, Math.Max(quoteDepth, listDepth), quoteGroup, state);
                if (added is { } r && state.Blocks.Count == 1 && paragraphKind == BlockKind.Paragraph)
                {
                    var text = state.Builder.ToString()[r.Start..r.End];
                    if (DocumentDateParser.ParseDateline(text) is { } date)
                    {
                        state.Blocks[0] = new TextBlock(BlockKind.Dateline, r, 0, -1);
                        state.Dateline = (date, paragraph.Span.Start, paragraph.Span.End + 1, text);
                    }
                }

                if (added is not null && paragraphKind == BlockKind.Paragraph && !state.SawParagraph)
                {
                    state.SawParagraph = true;
                    ReadWireDateline(paragraph, state);
                }

                return;
            case QuoteBlock quote:
                var group = quoteGroup >= 0 ? quoteGroup : state.NextQuoteGroup++;
                foreach (var child in quote)
                {
                    Visit(child, state, quoteDepth + 1, group, listDepth);
                }

                return;
            case ListBlock list:
                foreach (var child in list)
                {
                    Visit(child, state, quoteDepth, quoteGroup, listDepth + 1);
                }

                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, state, quoteDepth, quoteGroup, listDepth);
                }

                return;
        }
    }

    // "— Dmitry Peskov (TASS)" under a quote is its attribution line.
    private static bool IsCitationLine(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LiteralInline literal
        && literal.Content.ToString().TrimStart() is { Length: > 1 } t
        && t[0] is '—' or '–' or '-' or '―' or '~';

    private static TextRange? AddLeaf(LeafBlock leaf, BlockKind kind, int level, int quoteGroup, State state)
    {
        if (leaf.Inline is null)
        {
            return null;
        }

        var builder = state.Builder;
        if (builder.Length > 0)
        {
            builder.AppendInserted("\n\n");
        }

        var start = builder.Length;
        AppendInlines(leaf.Inline, state);
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        if (end == start)
        {
            builder.TrimEnd(builder.Length - start + (start >= 2 ? 2 : 0));
            return null;
        }

        builder.TrimEnd(builder.Length - end);
        var range = new TextRange(start, end);
        state.Blocks.Add(new TextBlock(kind, range, level, quoteGroup));
        return range;
    }

    private static void AppendInlines(ContainerInline container, State state)
    {
        var builder = state.Builder;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var slice = literal.Content;
                    var text = slice.AsSpan();
                    if (builder.Length == 0 || builder[builder.Length - 1] == '\n')
                    {
                        text = text.TrimStart();
                    }

                    // A literal's content is a slice of the source, unless an escape made it shorter.
                    if (literal.Span.Length == slice.Length)
                    {
                        builder.AppendVerbatim(text, literal.Span.Start + (slice.Length - text.Length));
                    }
                    else
                    {
                        builder.AppendMapped(text, literal.Span.Start, Math.Max(1, literal.Span.Length));
                    }

                    break;
                case HtmlEntityInline entity:
                    builder.AppendMapped(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.Length);
                    break;
                case CodeInline code:
                    builder.AppendMapped(code.Content.AsSpan(), code.Span.Start, code.Span.Length);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendMapped(" ", lineBreak.Span.Start, Math.Max(1, lineBreak.Span.Length));
                    break;
                case LinkInline link when link.IsImage:
                    break;
                case LinkInline link:
                    var anchorStart = builder.Length;
                    AppendInlines(link, state);
                    if (link.Url is { Length: > 0 } url && builder.Length > anchorStart)
                    {
                        state.PendingLinks.Add((new TextRange(anchorStart, builder.Length), url));
                    }

                    break;
                case AutolinkInline autolink:
                    builder.AppendMapped(autolink.Url.AsSpan(), autolink.Span.Start, autolink.Span.Length);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, state);
                    break;
            }
        }
    }

    private sealed class State(string source)
    {
        public string Source { get; } = source;

        public MappedTextBuilder Builder { get; } = new();

        public ImmutableArray<TextBlock>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<TextBlock>();

        public List<(TextRange Range, string Href)> PendingLinks { get; } = [];

        public int NextQuoteGroup { get; set; }

        public string? FirstHeading { get; set; }

        public (DateOnly Date, int Start, int End, string Text)? Dateline { get; set; }

        public bool SawParagraph { get; set; }

        /// <summary>The links of the finished text, located in the source.</summary>
        public ImmutableArray<ArticleLink> BuildLinks(string text, SourceMap map, LineIndex lines)
        {
            var links = ImmutableArray.CreateBuilder<ArticleLink>();
            foreach (var (range, href) in PendingLinks.Where(l => l.Range.End <= text.Length))
            {
                var span = lines.GetSpan(map.MapStart(range.Start), map.MapEnd(range.End));
                links.Add(new ArticleLink(new Mention(text[range.Start..range.End], range, span), href));
            }

            return links.ToImmutable();
        }
    }
}
