using System.Text;
using AttributionKit.Loading;

namespace AttributionKit.Tests.Loading;

public class TextDecoderTests
{
    // "Müller’s café" in windows-1252: ü = FC, ’ = 92, é = E9.
    private static readonly byte[] MullersCafe1252 = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xE9];

    private static byte[] Page(string head, byte[] words)
    {
        var before = Encoding.ASCII.GetBytes($"<html><head>{head}<title>Test</title></head><body><article><p>");
        var after = Encoding.ASCII.GetBytes(" opened in the old town on Saturday, with a queue of visitors down the street.</p></article></body></html>");
        return [.. before, .. words, .. after];
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    [InlineData("")]
    public void Windows_1252_and_latin_1_pages_decode_by_declaration_or_fallback(string declaration)
    {
        var article = ArticleLoader.LoadBytes(Page(declaration, MullersCafe1252), "page.html", null);

        article.Text.Should().Contain("Müller’s café opened in the old town");
    }

    [Fact]
    public void A_declared_charset_is_honoured_over_the_utf8_guess()
    {
        // These bytes are valid UTF-8 ("Ã©"), but the page says it is windows-1252: it is "Ã©".
        var bytes = Page("<meta charset=\"windows-1252\">", [0xC3, 0xA9]);

        var text = TextDecoder.Decode(bytes, lookForDeclaredCharset: true);

        text.Should().Contain("Ã©");
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_decodes_without_it()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<html><body><p>Zürich’s council</p></body></html>")];

        var text = TextDecoder.Decode(bytes, lookForDeclaredCharset: true);

        text.Should().StartWith("<html>").And.Contain("Zürich’s council");
    }

    [Fact]
    public void Positions_of_a_decoded_page_point_into_the_decoded_text()
    {
        var article = ArticleLoader.LoadBytes(Page("<meta charset=\"windows-1252\">", MullersCafe1252), "page.html", null);

        var at = article.Text.IndexOf("café", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new AttributionKit.TextRange(at, at + 4));

        article.Source.Substring(span.Start, span.Length).Should().Be("café");
    }
}
