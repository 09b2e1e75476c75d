using System.Text;
using AttributionKit.Loading;
using AttributionKit.Loading.Html;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class HtmlLoaderTests
{
    [Theory]
    [InlineData("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li></ul></nav>", "World news")]
    [InlineData("<div class=\"comments\"><h3>Comments</h3><p>I think the budget is far too large for a town like ours, honestly.</p></div>", "far too large")]
    [InlineData("<div class=\"related-posts\"><h4>Related news</h4><p>Another story about the council and its many other decisions this year.</p></div>", "Another story")]
    [InlineData("<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Tweet</a></div>", "Share on Facebook")]
    [InlineData("<div class=\"ad-container\"><span>- Advertisement -</span></div>", "Advertisement")]
    [InlineData("<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our website. Accept all cookies?</p></div>", "cookies")]
    [InlineData("<div class=\"newsletter-signup\"><p>Get the latest stories delivered to your inbox every morning, for free.</p></div>", "inbox")]
    [InlineData("<div class=\"author-box\"><p>Jane Doe has covered city politics for the Daily Example for twenty years.</p></div>", "twenty years")]
    [InlineData("<footer><p>Copyright 2025 The Daily Example. All rights reserved by the publisher.</p></footer>", "All rights reserved")]
    [InlineData("<p>To view the full story, please subscribe to the Daily Example today.</p>", "view the full story")]
    [InlineData("<p><em>(c) Jane Doe, photographer for the Daily Example</em></p>", "photographer")]
    [InlineData("<p>¡Mira lo que tiene nuestro canal de vídeos esta semana!</p>", "canal de vídeos")]
    [InlineData("<div class=\"author_box\"><p>Jane writes about gardens and the city's parks every week.</p></div>", "city's parks")]
    [InlineData("<div class=\"cta-global\"><p>Missed the conference? Watch every talk on demand now.</p></div>", "Watch every talk")]
    [InlineData("<div class=\"copyrights-area\"><p>Site by Example Studio, made in the city.</p></div>", "Example Studio")]
    public void Boilerplate_around_and_inside_the_article_is_dropped(string boilerplate, string leaked)
    {
        var html = HtmlTestPages.Page(string.Empty, $"""
            {boilerplate}
            <article>
            <h1>Council approves the budget</h1>
            {HtmlTestPages.Paragraphs}
            {boilerplate}
            </article>
            {boilerplate}
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("seven votes in favour").And.Contain("could not wait any longer");
        article.Text.Should().NotContain(leaked);
    }

    [Fact]
    public void Article_text_keeps_its_order_and_structure()
    {
        var html = HtmlTestPages.Article("""
            <h2>What the money buys</h2>
            <ul><li>Three new schools in the north.</li><li>A library near the station.</li></ul>
            <figure class="wp-block-pullquote"><blockquote><p>“This is a budget for our children,” she said.</p><cite>— Mayor Ann Smith</cite></blockquote></figure>
            <blockquote><p>“We will watch every cent.”</p></blockquote>
            <p>— Tom Brown, opposition leader</p>
            <table><tr><td>Schools</td><td>12 million</td></tr></table>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);
        var blocks = article.Blocks.Select(b => (b.Kind, Text: article.GetText(b.Range))).ToList();

        blocks[0].Should().Be((BlockKind.Title, "Council approves the budget"));
        blocks.Should().ContainInOrder(
            (BlockKind.Heading, "What the money buys"),
            (BlockKind.ListItem, "Three new schools in the north."),
            (BlockKind.ListItem, "A library near the station."),
            (BlockKind.BlockQuote, "“This is a budget for our children,” she said."),
            (BlockKind.Citation, "— Mayor Ann Smith"),
            (BlockKind.BlockQuote, "“We will watch every cent.”"),
            (BlockKind.Citation, "— Tom Brown, opposition leader"),
            (BlockKind.TableCell, "Schools"),
            (BlockKind.TableCell, "12 million"));
        var quote = article.Blocks.First(b => b.Kind == BlockKind.BlockQuote);
        article.Blocks.First(b => b.Kind == BlockKind.Citation).QuoteGroup.Should().Be(quote.QuoteGroup).And.BeGreaterOrEqualTo(0);
        var dashQuote = article.Blocks.Where(b => b.Kind == BlockKind.BlockQuote).ElementAt(1);
        article.Blocks.Last(b => b.Kind == BlockKind.Citation).QuoteGroup.Should().Be(dashQuote.QuoteGroup);
        article.Text.Should().Contain("\n\n");
    }

    [Fact]
    public void A_dash_line_inside_a_block_quote_after_its_paragraph_is_the_quote_credit()
    {
        var html = HtmlTestPages.Article("""
            <blockquote class="twitter-tweet"><p>We kept the pier.</p>&mdash; Dana Holt (@danaholt) <a href="https://x.com/danaholt/status/1">May 4, 2025</a></blockquote>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);
        var blocks = article.Blocks.Select(b => (b.Kind, Text: article.GetText(b.Range))).ToList();

        blocks.Should().ContainInOrder(
            (BlockKind.BlockQuote, "We kept the pier."),
            (BlockKind.Citation, "— Dana Holt (@danaholt) May 4, 2025"));
        article.Blocks.Single(b => b.Kind == BlockKind.Citation).QuoteGroup
            .Should().Be(article.Blocks.Single(b => b.Kind == BlockKind.BlockQuote).QuoteGroup);
    }

    [Fact]
    public void Links_in_the_main_text_keep_their_anchor_and_href()
    {
        var html = HtmlTestPages.Article("<p>The figures were first reported by <a href=\"https://www.reuters.com/world/\">Reuters</a> on Monday evening, before the vote.</p>");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        var link = article.Links.Should().ContainSingle().Subject;
        link.Anchor.Text.Should().Be("Reuters");
        link.Href.Should().Be("https://www.reuters.com/world/");
        link.Host.Should().Be("reuters.com");
        html.Substring(link.Anchor.Span.Start, link.Anchor.Span.Length).Should().Be("Reuters");
    }

    [Fact]
    public void Positions_land_on_the_html_source_through_inline_markup_and_entities()
    {
        var html = HtmlTestPages.Article("<p>The mayor&rsquo;s <em>final</em> plan &amp; its costs were published on the city&#8217;s website yesterday.</p>");
        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("The mayor’s final plan & its costs were published on the city’s website yesterday.");
        var at = article.Text.IndexOf("final plan", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new TextRange(at, at + "final plan".Length));
        var line = html.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("final</em>", StringComparison.Ordinal)).i + 1;

        span.Line.Should().Be(line);
        html.Substring(span.Start, span.Length).Should().Be("final</em> plan");
        var apostrophe = article.Text.IndexOf('’');
        var entity = article.GetSourceSpan(new TextRange(apostrophe, apostrophe + 1));
        html.Substring(entity.Start, entity.Length).Should().Be("&rsquo;");
        var website = article.Text.IndexOf("website", StringComparison.Ordinal);
        var after = article.GetSourceSpan(new TextRange(website, website + 7));
        html.Substring(after.Start, after.Length).Should().Be("website");
        after.Column.Should().Be(html.Split('\n')[line - 1].IndexOf("website", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Numeric_references_to_windows_1252_code_points_read_as_browsers_read_them()
    {
        var article = HtmlLoader.Load(HtmlTestPages.Article("<p>The vote was 7&#150;2, and the mayor&#146;s office called it &#147;historic&#148; on Tuesday evening.</p>"), null, Samples.Today);

        article.Text.Should().Contain("The vote was 7–2, and the mayor’s office called it “historic” on Tuesday evening.");
    }

    [Fact]
    public void Line_breaks_and_white_space_runs_fold_to_one_space_and_keep_positions()
    {
        var html = HtmlTestPages.Article("<p>The   plan\r\n   was approved\r\n   by&nbsp;the council on Tuesday, after a debate of several hours.</p>").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal);
        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("The plan was approved by the council on Tuesday");
        var at = article.Text.IndexOf("approved", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new TextRange(at, at + 8));
        html.Substring(span.Start, span.Length).Should().Be("approved");
        article.GetSourceLine(span.Line).Should().Contain("was approved");
    }

    [Fact]
    public void Seed_html_gives_its_metadata_date_and_clean_article_text()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedHtml, Samples.Options);
        var article = result.Article;

        article.Format.Should().Be(ArticleFormat.Html);
        article.Metadata.Published!.Value.Should().StartWith("2025-05-19");
        article.Metadata.Published.SourceLabel.Should().BeOneOf("json-ld:datePublished", "meta:article:published_time");
        article.Metadata.PublishedReason.Should().NotBeNullOrEmpty();
        article.Metadata.Title.Should().Be("U.S.-Led Ceasefire Talks in Ukraine-Russia Conflict Face Hurdles as NATO Balances Support");
        article.Metadata.SiteName.Should().Be("VT Newsroom");
        article.Metadata.Language.Should().Be("en-US");

        // Every paragraph of the article body, and none of the page's furniture.
        var source = File.ReadAllText(Samples.SeedHtml);
        var body = source[source.IndexOf("<div class=\"td-post-content\">", StringComparison.Ordinal)..source.IndexOf("<footer class=\"td-post-footer\">", StringComparison.Ordinal)];
        foreach (var paragraph in System.Text.RegularExpressions.Regex.Matches(body, "<p>(.*?)</p>").Select(m => m.Groups[1].Value))
        {
            var plain = System.Text.RegularExpressions.Regex.Replace(paragraph, "<[^>]+>", string.Empty);
            article.Text.Should().Contain(plain);
        }

        foreach (var furniture in new[] { "Comments", "More From Author", "- Advertisement -", "Latest news", "Related news", "Weekly News", "Monday, October 6, 2025" })
        {
            article.Text.Should().NotContain(furniture);
        }

        var peskov = article.Blocks.Single(b => article.GetText(b.Range) == "— Dmitry Peskov, Kremlin Spokesman (TASS)");
        peskov.Kind.Should().Be(BlockKind.Citation);
        article.Blocks.Should().Contain(b => b.Kind == BlockKind.BlockQuote && b.QuoteGroup == peskov.QuoteGroup);
        var trump = article.Blocks.Single(b => article.GetText(b.Range) == "— President Donald Trump on Truth Social");
        trump.Kind.Should().Be(BlockKind.Citation);
        article.Links.Select(l => l.Anchor.Text).Should().Contain(["ABC News", "TASS", "Deutsche Welle"]);
    }

    [Fact]
    public void Seed_html_positions_point_at_the_paragraph_line()
    {
        var article = ArticleAnalyzer.Analyze(Samples.SeedHtml, Samples.Options).Article;
        var source = File.ReadAllText(Samples.SeedHtml);

        var at = article.Text.IndexOf("took into consideration", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new TextRange(at, at + "took into consideration".Length));

        source.Substring(span.Start, span.Length).Should().Be("took into consideration");
        article.GetSourceLine(span.Line).Should().Contain("Vladimir Medinsky");
    }

    [Fact]
    public void Empty_and_textless_pages_are_refused_with_a_clear_error()
    {
        var empty = () => ArticleLoader.LoadBytes([], "empty.html", null, Samples.Today);
        var textless = () => ArticleLoader.LoadText("<html><body><script>var x = 1;</script></body></html>", "blank.html", ArticleFormat.Html, Samples.Today);

        empty.Should().Throw<ArticleLoadException>().WithMessage("*empty*");
        textless.Should().Throw<ArticleLoadException>().WithMessage("*no article text*");
    }

    [Fact]
    public void A_page_with_only_a_title_is_read_as_its_title()
    {
        var article = HtmlLoader.Load("<html><head><title>Gallery of the week</title></head><body><img src=\"a.jpg\"></body></html>", null, Samples.Today);

        article.Text.Should().Be("Gallery of the week");
        article.Blocks.Single().Kind.Should().Be(BlockKind.Title);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        var load = () => ArticleLoader.LoadBytes(bytes, "picture.html", null, Samples.Today);

        load.Should().Throw<ArticleLoadException>().WithMessage("*binary*");
    }

    [Fact]
    public void Deeply_nested_markup_is_read_without_overflowing_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("The only sentence of this page sits under a hundred thousand nested div elements.");
        html.Insert(html.Length, "</div>", 100_000);
        html.Append("</body></html>");

        var article = HtmlLoader.Load(html.ToString(), null, Samples.Today);

        article.Text.Should().Be("The only sentence of this page sits under a hundred thousand nested div elements.");
        var span = article.GetSourceSpan(new TextRange(0, 8));
        html.ToString().Substring(span.Start, span.Length).Should().Be("The only");
    }

    [Fact]
    public void A_long_flat_page_is_read_in_full()
    {
        var html = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 30_000; i++)
        {
            html.Append("<p>Paragraph ").Append(i).Append(" of a very long page, with enough words to count as text.</p>\n");
        }

        html.Append("</article></body></html>");

        var article = HtmlLoader.Load(html.ToString(), null, Samples.Today);

        article.Blocks.Length.Should().Be(30_000);
        article.Text.Should().EndWith("Paragraph 29999 of a very long page, with enough words to count as text.");
    }

    [Fact]
    public void A_50_MB_file_is_refused_with_the_size_limit_in_the_message()
    {
        var path = Path.Combine(Path.GetTempPath(), $"attributionkit-{Guid.NewGuid():N}.html");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(50L * 1024 * 1024);
            }

            var analyze = () => ArticleAnalyzer.Analyze(path, Samples.Options);

            analyze.Should().Throw<ArticleLoadException>().WithMessage("*50.0 MiB*larger than the 16 MiB limit*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_hidden_only_on_small_screens_is_article_text()
    {
        var html = HtmlTestPages.Page(string.Empty, $"""
            <article>
            <h1>Council approves the budget</h1>
            <div class="details hidden-xs"><p>The new budget sets aside money for three schools and a library in the old town.</p></div>
            {HtmlTestPages.Paragraphs}
            <div class="hidden"><p>This hidden sentence is never shown to any reader of the page.</p></div>
            </article>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("three schools and a library").And.NotContain("never shown");
    }
}
