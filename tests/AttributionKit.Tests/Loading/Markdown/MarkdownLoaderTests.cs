using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Markdown;

public class MarkdownLoaderTests
{
    private const string Article = """
        ---
        title: "Ceasefire talks resume"
        date: 2025-05-19T08:30:00+02:00
        author: [Jane Doe, John Roe]
        lang: en
        ---

        # Ceasefire talks resume

        The minister *said* the plan was [ready](https://www.reuters.com/world/x) &amp; final.

        > “We are on track,” he said.
        >
        > — Dmitry Peskov (TASS)

        - First point of the story.
        - Second point of the story.

        ```
        code is not article text
        ```
        """;

    private static AnalysisResult Load() => ArticleAnalyzer.Analyze(Article, ArticleFormat.Markdown, Samples.Options);

    [Fact]
    public void Front_matter_gives_title_date_authors_and_language()
    {
        var metadata = Load().Article.Metadata;

        metadata.Title.Should().Be("Ceasefire talks resume");
        metadata.Authors.Should().Equal("Jane Doe", "John Roe");
        metadata.Language.Should().Be("en");
        metadata.Published!.Source.Should().Be(DocumentDateSource.FrontMatter);
        metadata.Published.Value.Should().Be("2025-05-19T08:30:00+02:00");
        metadata.Published.Date.Should().Be(new DateOnly(2025, 5, 19));
    }

    [Fact]
    public void Blocks_keep_headings_paragraphs_quotes_citations_and_list_items_but_not_code()
    {
        var article = Load().Article;

        article.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Title, BlockKind.Paragraph, BlockKind.BlockQuote, BlockKind.Citation, BlockKind.ListItem, BlockKind.ListItem);
        article.Blocks[2].QuoteGroup.Should().Be(article.Blocks[3].QuoteGroup).And.BeGreaterThanOrEqualTo(0);
        article.Text.Should().NotContain("code is not article text");
    }

    [Fact]
    public void Inline_markup_and_entities_keep_the_sentence_whole_and_positions_exact()
    {
        var article = Load().Article;

        article.Text.Should().Contain("The minister said the plan was ready & final.");
        var at = article.Text.IndexOf("final", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new TextRange(at, at + 5));
        Article.ReplaceLineEndings("\n").Split('\n')[span.Line - 1].Substring(span.Column - 1, 5).Should().Be("final");
    }

    [Fact]
    public void Links_keep_their_anchor_and_href()
    {
        var link = Load().Article.Links.Should().ContainSingle().Subject;

        link.Anchor.Text.Should().Be("ready");
        link.Href.Should().Be("https://www.reuters.com/world/x");
        link.Host.Should().Be("reuters.com", "the host is given without www.");
    }

    [Fact]
    public void Broken_front_matter_does_not_stop_the_article()
    {
        var result = ArticleAnalyzer.Analyze("---\ntitle: [unclosed\n---\n\nBody text of the article.\n", ArticleFormat.Markdown, Samples.Options);

        result.Article.Text.Should().Contain("Body text of the article.");
    }

    [Fact]
    public void A_wire_dateline_opening_the_first_paragraph_dates_a_story_without_front_matter()
    {
        const string text = "# Bridge to reopen\n\nLAKESIDE, May 19, 2025 — The council said today that the bridge will reopen.\n";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Markdown, Samples.Options);

        var published = result.Article.Metadata.Published!;
        published.Value.Should().Be("2025-05-19");
        published.Source.Should().Be(DocumentDateSource.Dateline);
        text.Substring(published.Span!.Value.Start, published.Span.Value.End - published.Span.Value.Start).Should().Be("LAKESIDE, May 19, 2025");
        result.Dates.Should().Contain(d => d.Text == "today" && d.Value == "2025-05-19");
    }

    [Fact]
    public void Front_matter_outranks_a_wire_dateline()
    {
        const string text = "---\ndate: 2025-05-20\n---\n\nLAKESIDE, May 19, 2025 — The council met.\n";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Markdown, Samples.Options);

        result.Article.Metadata.Published!.Value.Should().Be("2025-05-20");
        result.Article.Metadata.DateCandidates.Should().HaveCount(2);
    }
}
