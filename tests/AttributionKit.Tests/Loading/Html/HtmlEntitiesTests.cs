using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class HtmlEntitiesTests
{
    [Theory]
    [InlineData("&amp;", "&", 5)]
    [InlineData("&rsquo; and", "’", 7)]
    [InlineData("&#8217;s", "’", 7)]
    [InlineData("&#x2019;", "’", 8)]
    [InlineData("&#X201C;", "“", 8)]
    [InlineData("&#147;quoted", "“", 6)]
    [InlineData("&#150;", "–", 6)]
    [InlineData("&#128512;", "😀", 9)]
    [InlineData("&#0;", "\uFFFD", 4)]
    [InlineData("&#xD800;", "\uFFFD", 8)]
    [InlineData("&#8217 more", "’", 6)]
    [InlineData("&amp more", "&", 4)]
    [InlineData("&nbsp;", "\u00A0", 6)]
    public void A_reference_decodes_to_its_text_and_source_length(string source, string text, int length)
    {
        HtmlEntities.TryDecode(source, 0, out var decoded, out var consumed).Should().BeTrue();

        decoded.Should().Be(text);
        consumed.Should().Be(length);
    }

    [Fact]
    public void A_reference_is_read_where_it_stands()
    {
        const string source = "Tom &amp; Jerry";

        HtmlEntities.TryDecode(source, 4, out var text, out var length).Should().BeTrue();

        text.Should().Be("&");
        source.Substring(4, length).Should().Be("&amp;");
    }

    [Theory]
    [InlineData("& more")]
    [InlineData("&;")]
    [InlineData("&#;")]
    [InlineData("&#x;")]
    [InlineData("a&b")]
    [InlineData("&a")]
    [InlineData("&zzzz;")]
    public void Text_that_is_no_reference_is_left_alone(string source) =>
        HtmlEntities.TryDecode(source, 0, out _, out _).Should().BeFalse();
}
