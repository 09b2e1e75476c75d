using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class JsonLdReaderTests
{
    [Fact]
    public void A_news_article_gives_its_headline_dates_authors_publisher_and_url()
    {
        const string json = """
            {
              "@context": "https://schema.org",
              "@type": "NewsArticle",
              "headline": "  Talks resume in Geneva ",
              "datePublished": "2025-05-19T08:00:00Z",
              "dateModified": "2025-05-20T09:30:00Z",
              "author": [{"@type": "Person", "name": "Ann Cole"}, "Ben Ortiz", "https://example.org/staff/cole"],
              "publisher": {"@type": "Organization", "name": "Example Times"},
              "mainEntityOfPage": {"@id": "https://example.org/2025/05/19/talks"}
            }
            """;

        var article = JsonLdReader.Read(json).Should().ContainSingle().Subject;

        article.Type.Should().Be("NewsArticle");
        article.IsArticle.Should().BeTrue();
        article.Headline.Should().Be("Talks resume in Geneva");
        article.DatePublished.Should().Be("2025-05-19T08:00:00Z");
        article.DateCreated.Should().BeNull();
        article.DateModified.Should().Be("2025-05-20T09:30:00Z");
        article.Authors.Should().Equal(["Ann Cole", "Ben Ortiz"], "a URL is no author's name");
        article.Publisher.Should().Be("Example Times");
        article.Url.Should().Be("https://example.org/2025/05/19/talks");
    }

    [Fact]
    public void A_graph_gives_its_page_and_article_in_document_order_and_ignores_other_things()
    {
        const string json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "name": "Example Times", "foundingDate": "1990-01-01"},
              {"@type": "WebPage", "name": "Talks | Example Times", "datePublished": "2025-05-18"},
              {"@type": "BreadcrumbList", "itemListElement": []},
              {"@type": ["BlogPosting", "Thing"], "headline": "Talks", "datePublished": "2025-05-19"}
            ]}
            """;

        var found = JsonLdReader.Read(json);

        found.Select(a => (a.Type, a.IsArticle, a.DatePublished)).Should().Equal(
            ("WebPage", false, "2025-05-18"),
            ("BlogPosting", true, "2025-05-19"));
    }

    [Fact]
    public void A_top_level_array_and_prefixed_types_are_read()
    {
        const string json = """
            [
              {"@type": "http://schema.org/Article", "headline": "One", "datePublished": "2025-01-02"},
              {"@type": "schema:ReportageNewsArticle", "headline": "Two", "dateCreated": "2025-01-03"}
            ];
            """;

        var found = JsonLdReader.Read(json);

        found.Select(a => (a.Type, a.Headline)).Should().Equal(("Article", "One"), ("ReportageNewsArticle", "Two"));
        found[1].DateCreated.Should().Be("2025-01-03");
    }

    [Fact]
    public void Comments_reviews_and_parts_are_not_descended_into()
    {
        const string json = """
            {"@type": "Recipe", "name": "Bienenstich",
             "review": {"@type": "Review", "itemReviewed": {"@type": "Article", "datePublished": "2019-01-01"}},
             "comment": [{"@type": "Comment", "dateCreated": "2024-03-03"}],
             "hasPart": {"@type": "NewsArticle", "datePublished": "2018-02-02"},
             "mainEntity": {"@type": "NewsArticle", "headline": "Kept", "datePublished": "2025-05-19"}}
            """;

        var found = JsonLdReader.Read(json);

        found.Should().ContainSingle().Which.Headline.Should().Be("Kept");
    }

    [Fact]
    public void Value_objects_and_arrays_of_strings_give_their_first_text()
    {
        const string json = """
            {"@type": "NewsArticle", "headline": ["First", "Second"], "datePublished": {"@value": "2025-05-19", "@type": "Date"}}
            """;

        var article = JsonLdReader.Read(json).Should().ContainSingle().Subject;

        article.Headline.Should().Be("First");
        article.DatePublished.Should().Be("2025-05-19");
    }

    [Fact]
    public void A_web_page_without_a_headline_uses_its_name()
    {
        var page = JsonLdReader.Read("""{"@type": "WebPage", "name": "About us"}""").Should().ContainSingle().Subject;

        page.IsArticle.Should().BeFalse();
        page.Headline.Should().Be("About us");
    }

    [Fact]
    public void A_block_that_does_not_parse_still_gives_its_dates()
    {
        const string broken = """
            {"@type": "NewsArticle", "headline": "Broken", "datePublished": "2025-05-19T08:00:00+02:00",,, "dateModified": "2025-05-21" }}
            """;

        var salvaged = JsonLdReader.Read(broken).Should().ContainSingle().Subject;

        salvaged.Type.Should().Be("NewsArticle");
        salvaged.IsArticle.Should().BeTrue();
        salvaged.DatePublished.Should().Be("2025-05-19T08:00:00+02:00");
        salvaged.DateModified.Should().Be("2025-05-21");
        salvaged.Headline.Should().BeNull("a broken block's other fields are not trusted");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("""{"@type": "NewsArticle", "headline": "no dates" """)]
    [InlineData("""{"@type": "Person", "name": "Ann Cole", "birthDate": "1970-01-01"}""")]
    [InlineData("42")]
    public void Blocks_with_no_article_or_page_give_nothing(string json) =>
        JsonLdReader.Read(json).Should().BeEmpty();

    [Fact]
    public void Deep_nesting_neither_throws_nor_recurses()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        var read = () => JsonLdReader.Read(json);

        read.Should().NotThrow();
    }
}
