using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class BlockExtractorTests
{
    [Fact]
    public void A_linked_word_wrapped_in_a_span_stays_in_its_sentence()
    {
        var html = HtmlTestPages.Article("""<p>Those who do not want to pay for snow clearing can take it as exercise in the fresh <span class="keyword-link"><a href="/air">air</a></span>.</p>""");

        var article = HtmlLoader.Load(html, null);

        article.Text.Should().Contain("exercise in the fresh air.");
    }

    [Fact]
    public void A_span_that_is_only_a_row_of_links_is_dropped()
    {
        var html = HtmlTestPages.Article("""<div><span class="links"><a href="/a">Gardens</a> <a href="/b">Parks</a> <a href="/c">Bridges</a></span></div>""");

        var article = HtmlLoader.Load(html, null);

        article.Text.Should().Contain("seven votes in favour").And.NotContain("Gardens");
    }
}
