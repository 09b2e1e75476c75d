using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class BlockExtractorTests
{
    [Fact]
    public void A_linked_word_wrapped_in_a_span_stays_in_its_sentence()
    {
        var html = HtmlTestPages.Article("""<p>Those who do not want to pay for snow clearing can take it as exercise in the fresh <span class="keyword-link"><a href="/air">air</a></span>.</p>""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("exercise in the fresh air.");
    }

    [Fact]
    public void A_span_that_is_only_a_row_of_links_is_dropped()
    {
        var html = HtmlTestPages.Article("""<div><span class="links"><a href="/a">Gardens</a> <a href="/b">Parks</a> <a href="/c">Bridges</a></span></div>""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("seven votes in favour").And.NotContain("Gardens");
    }

    [Fact]
    public void A_span_around_one_link_after_a_label_is_the_label_value()
    {
        var html = HtmlTestPages.Article("""<p>Earrings: <span style="color: navy"><a href="/shop/stella">Stella Hoops</a></span></p>""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("Earrings: Stella Hoops");
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_spaces_are_not_in_the_text()
    {
        var html = HtmlTestPages.Article("<p>W\u00e4h\u00adrend Sie &uuml;ber den Markt schlen&shy;dern, pro\u200bbieren Sie Brot.</p>");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("Während Sie über den Markt schlendern, probieren Sie Brot.");
        var at = article.Text.IndexOf("schlendern", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new AttributionKit.TextRange(at, at + "schlendern".Length));
        html.Substring(span.Start, span.End - span.Start).Should().Be("schlen&shy;dern");
    }

    [Fact]
    public void A_headline_in_a_box_dropped_by_its_class_is_still_written()
    {
        var html = HtmlTestPages.Page(
            "<title>Council approves the budget | Daily Example</title>",
            $"""
            <main>
            <div class="widget widget-hero"><header><h1><span class="sr-only">Article: </span>Council approves the budget</h1></header></div>
            <div class="article-body">{HtmlTestPages.Paragraphs}</div>
            </main>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Blocks[0].Kind.Should().Be(AttributionKit.Model.BlockKind.Title);
        article.GetText(article.Blocks[0].Range).Should().Be("Council approves the budget");
        article.Text.Should().Contain("seven votes in favour");
    }

    [Fact]
    public void A_list_of_long_links_inside_the_article_is_kept_and_a_row_of_short_ones_is_not()
    {
        var html = HtmlTestPages.Article("""
            <p>Recommended reading on the topic:</p>
            <ul><li><a href="/a">How the old bridge was built a hundred years ago</a></li><li><a href="/b">Why the library moved to the station district</a></li></ul>
            <ul><li><a href="/t/1">Budget</a></li><li><a href="/t/2">Council</a></li><li><a href="/t/3">Schools</a></li></ul>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("How the old bridge was built a hundred years ago").And.Contain("Why the library moved");
        article.Text.Should().NotContain("Schools");
    }

    [Fact]
    public void A_paragraph_that_is_one_link_to_another_site_is_kept_and_one_to_the_site_itself_is_not()
    {
        var html = HtmlTestPages.Article(
            """
            <p><a href="https://petitions.example.org/save-the-bridge">Sign the petition to save the bridge</a></p>
            <p><a href="https://daily.example/2024/05/another-story">Another story about the council and its decisions</a></p>
            """,
            head: """<link rel="canonical" href="https://www.daily.example/2024/05/budget">""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("Sign the petition to save the bridge").And.NotContain("Another story");
    }
}
