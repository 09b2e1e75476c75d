using System.Text;
using AttributionKit.Loading;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Byte_order_mark_wins()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Zelenskyy’s “plan”")).ToArray();

        TextDecoder.LooksBinary(bytes).Should().BeFalse("UTF-16 has NUL bytes but its BOM says it is text");
        TextDecoder.Decode(bytes, lookForDeclaredCharset: true).Should().Be("Zelenskyy’s “plan”");
    }

    [Fact]
    public void Declared_charset_is_honoured()
    {
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes("<meta charset=\"iso-8859-15\"><p>Preis: 5 € für Käse</p>");

        TextDecoder.Decode(bytes, lookForDeclaredCharset: true).Should().Contain("5 € für Käse");
    }

    [Fact]
    public void Http_equiv_content_type_is_honoured()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>“Quoted” café</p>");

        TextDecoder.Decode(bytes, lookForDeclaredCharset: true).Should().Contain("“Quoted” café");
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Straße und Café");

        TextDecoder.Decode(bytes, lookForDeclaredCharset: false).Should().Be("Straße und Café");
    }

    [Fact]
    public void Declared_utf8_that_is_not_utf8_still_decodes()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=utf-8><p>").Concat(Encoding.GetEncoding(1252).GetBytes("Café")).ToArray();

        TextDecoder.Decode(bytes, lookForDeclaredCharset: true).Should().EndWith("Café");
    }

    [Fact]
    public void Mostly_utf8_text_with_a_stray_windows_1252_byte_keeps_both()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Schaf, Standardausführung, weiß. Grüße aus Köln. ")
            .Concat(Encoding.GetEncoding(1252).GetBytes("Käse"))
            .ToArray();

        TextDecoder.Decode(bytes, lookForDeclaredCharset: true).Should().EndWith("Schaf, Standardausführung, weiß. Grüße aus Köln. Käse");
    }

    [Fact]
    public void Windows_1252_text_with_one_accidental_utf8_pair_stays_windows_1252()
    {
        // "Ã©" (C3 A9) reads as UTF-8 "é", but the rest of the text is plainly windows-1252.
        var bytes = Encoding.GetEncoding(1252).GetBytes("Müller, Straße, Café, Ã©");

        TextDecoder.Decode(bytes, lookForDeclaredCharset: false).Should().Be("Müller, Straße, Café, Ã©");
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })]
    public void Binary_content_is_recognised(byte[] bytes) => TextDecoder.LooksBinary(bytes).Should().BeTrue();

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
        var article = ArticleLoader.LoadBytes(Page(declaration, MullersCafe1252), "page.html", null, Samples.Today);

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
        var article = ArticleLoader.LoadBytes(Page("<meta charset=\"windows-1252\">", MullersCafe1252), "page.html", null, Samples.Today);

        var at = article.Text.IndexOf("café", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new AttributionKit.TextRange(at, at + 4));

        article.Source.Substring(span.Start, span.Length).Should().Be("café");
    }
}
