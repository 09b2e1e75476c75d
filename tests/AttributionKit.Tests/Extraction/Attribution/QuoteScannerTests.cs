using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class QuoteScannerTests
{
    private static Quote Only(string text) => PlainTextQuotes.OnlyQuoteIn(text);

    [Fact]
    public void A_curly_quote_inside_a_straight_quote_does_not_close_it()
    {
        var quote = Only("\"The board is not about “Safe Harbors First” any more, it is about money,\" Rosa Calder said.");

        quote.Text.Should().Be("The board is not about “Safe Harbors First” any more, it is about money,");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Rosa Calder");
    }

    [Fact]
    public void A_straight_quote_closed_by_a_curly_mark_still_closes()
    {
        var quote = Only("\"The pier is safe again,” Rosa Calder said on Monday.");

        quote.Text.Should().Be("The pier is safe again,");
        quote.Speaker.Should().Be("Rosa Calder");
    }
}
