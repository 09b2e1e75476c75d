using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class ElementAttributesTests
{
    [Theory]
    [InlineData("""<div class="story body" id="main" style="display:none" role="main" itemprop="articleBody" hidden></div>""")]
    [InlineData("""<a href="/x" CLASS="Teaser" ID="Top">x</a>""")]
    [InlineData("""<p>no attributes</p>""")]
    [InlineData("""<span class="" id="" style="">empty values</span>""")]
    [InlineData("""<div class="one" class="two" id="a" id="b">duplicates: the parser keeps the first</div>""")]
    [InlineData("""<svg class="icon" id="logo" viewBox="0 0 1 1"><use xlink:href="#a" href="#b"></use></svg>""")]
    [InlineData("""<div data-class="no" data-id="no" aria-hidden="true" itemprop="author">lookalikes</div>""")]
    public void Reads_what_GetAttribute_and_Id_give(string html)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");

        foreach (var element in document.Body!.QuerySelectorAll("*").Prepend(document.Body))
        {
            var attributes = ElementAttributes.Of(element);

            attributes.Should().Be(new ElementAttributes(
                element.GetAttribute("class"), element.Id, element.GetAttribute("style"), element.GetAttribute("role"),
                element.GetAttribute("itemprop"), element.HasAttribute("hidden"), element.HasAttribute("href")), element.OuterHtml);
        }
    }

    [Fact]
    public void An_element_without_an_id_has_the_empty_one_as_IElement_Id_gives()
    {
        var document = new HtmlParser().ParseDocument("<html><body><p>x</p></body></html>");

        ElementAttributes.Of(document.Body!.FirstElementChild!).Id.Should().BeEmpty();
    }

    [Fact]
    public void Finds_the_values_of_one_element()
    {
        var document = new HtmlParser().ParseDocument("""<html><body><div class="c" id="i" style="s" role="r" itemprop="p" hidden></div></body></html>""");

        ElementAttributes.Of(document.Body!.FirstElementChild!).Should().Be(new ElementAttributes("c", "i", "s", "r", "p", true, false));
    }
}
