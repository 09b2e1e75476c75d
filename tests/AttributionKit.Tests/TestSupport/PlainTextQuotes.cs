using AttributionKit.Model;

namespace AttributionKit.Tests.TestSupport;

/// <summary>The quotes found in a short plain-text article written for a test.</summary>
public static class PlainTextQuotes
{
    /// <summary>The one quote <paramref name="text"/> holds; fails the test when it holds none or several.</summary>
    public static Quote OnlyQuoteIn(string text)
    {
        var quotes = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes;
        quotes.Should().ContainSingle();
        return quotes[0];
    }
}
