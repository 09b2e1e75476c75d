using System.Text;
using AttributionKit.Loading;

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

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })]
    public void Binary_content_is_recognised(byte[] bytes) => TextDecoder.LooksBinary(bytes).Should().BeTrue();
}
