using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class NoLinkRelationFactoryTests
{
    private const string Head = """
        <link rel="stylesheet" href="https://cdn.example.org/site.css"><link rel="icon" href="/favicon.ico">
        <link rel="preload" as="font" href="/f.woff2"><link rel="canonical" href="https://example.org/story">
        """;

    [Theory]
    [InlineData("stylesheet")]
    [InlineData("icon")]
    [InlineData("import")]
    public void Gives_a_link_no_relation(string rel)
    {
        var document = Parse($"<html><head><link rel=\"{rel}\" href=\"https://cdn.example.org/x\"></head><body></body></html>");
        var link = (IHtmlLinkElement)document.Head!.Children[0];

        NoLinkRelationFactory.Instance.Create(link, rel).Should().BeNull();
        link.Sheet.Should().BeNull();
    }

    [Fact]
    public void Leaves_the_links_and_their_attributes_in_the_tree()
    {
        var document = Parse($"<html><head>{Head}</head><body><p>Text.</p></body></html>");

        document.Head!.QuerySelectorAll("link").Select(l => l.GetAttribute("href"))
            .Should().Equal("https://cdn.example.org/site.css", "/favicon.ico", "/f.woff2", "https://example.org/story");
        document.Body!.TextContent.Should().Be("Text.");
    }

    [Fact]
    public void A_page_with_style_sheet_links_in_head_and_body_loads_its_article()
    {
        var html = HtmlTestPages.Article($"""{Head}<p>The council met on Tuesday.</p><link rel="stylesheet" href="/late.css">""");

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("The council met on Tuesday.").And.Contain("seven votes in favour");
    }

    private static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default.Without<ILinkRelationFactory>().With(NoLinkRelationFactory.Instance)))
            .ParseDocument(html);
}
