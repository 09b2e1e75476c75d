using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class PageIndexTests
{
    [Fact]
    public void Every_indexed_element_is_found_by_itself_including_those_the_parser_adds_and_no_other_element_is()
    {
        // <tbody> and the table's implied elements have no start tag of their own in the source; the second page's
        // elements stand at the same source positions as the first page's.
        const string html = "<html><body><div id=a><p>One <b>two</b></p><table><tr><td>cell</td></tr></table><p>three</p></div></body></html>";
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var body = parser.ParseDocument(html).Body!;
        var other = parser.ParseDocument(html).Body!;

        var index = PageIndex.Build(body, lenient: false);

        index.Elements.Should().Contain(e => e.Element.LocalName == "tbody");
        for (var i = 0; i < index.Elements.Count; i++)
        {
            index.IndexOf(index.Elements[i].Element).Should().Be(i);
            index[index.Elements[i].Element].Should().BeSameAs(index.Elements[i]);
        }

        foreach (var element in other.DescendantsAndSelf<IElement>())
        {
            index.IndexOf(element).Should().Be(-1, "{0} belongs to another page", element.LocalName);
            index[element].Should().BeNull();
        }
    }

    [Fact]
    public void A_comment_body_that_borrows_the_article_body_class_stays_a_comment()
    {
        var html = HtmlTestPages.Article(string.Empty, around: string.Empty).Replace("</article>", """
            </article>
            <div class="comments-area">
            <div class="comment even depth-1"><article class="comment-body">
            <div class="comment-content entry-content"><p>Lovely piece, I read it twice on the train and sent it to my sister, thanks!</p></div>
            </article></div>
            </div>
            """, StringComparison.Ordinal);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("seven votes in favour");
        article.Text.Should().NotContain("sent it to my sister");
    }

    [Fact]
    public void A_sign_up_form_stays_dropped_though_its_text_box_is_named_like_an_article_body()
    {
        var html = HtmlTestPages.Article("""
            <form class="af-form-wrapper"><div class="af-form"><div class="af-body"><div class="bodytext"><p>JOIN our free garden newsletter today</p></div></div></div></form>
            <div class="mc4wp-form"><div class="bodytext"><p>Get the weekly town letter in your inbox</p></div></div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("seven votes in favour");
        article.Text.Should().NotContain("garden newsletter").And.NotContain("weekly town letter");
    }

    [Fact]
    public void A_control_marked_as_a_button_is_not_text()
    {
        var html = HtmlTestPages.Article("""<div class="image-toggle" role="button"><span>Show picture</span><span>Hide picture</span></div>""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("seven votes in favour").And.NotContain("Show picture");
    }
}
