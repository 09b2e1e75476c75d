using AttributionKit.Checking;
using AttributionKit.Model;

namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>
/// Analysis results with one quote, speaker, date, outlet and claim placed by hand on a real loaded article (the
/// extractors are other work; the HTML report must highlight whatever ranges it is given), plus the marker rule's
/// real findings.
/// </summary>
internal static class RichResults
{
    /// <summary>A plain-text article whose text holds markup that must never run.</summary>
    public const string HostileText = """
        Monday, May 19, 2025

        Council story

        The mayor said the zorblax plan was ready, according to the BBC. <script>document.title='PWNED'</script>

        Officials called it "a zorblax moment" on Tuesday. <img src=x onerror="document.title='PWNED'"> & more.
        """;

    public static AnalysisResult Build(string text = HostileText)
    {
        var real = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, TestOptions.MarkerOnly);
        var article = real.Article;
        var quoteRange = Find(article, "a zorblax moment");
        var claimRange = Find(article, "The mayor said the zorblax plan was ready, according to the BBC.");
        var quote = new Quote("a zorblax moment", quoteRange, article.GetSourceSpan(quoteRange), QuoteKind.Partial, "Officials", null, article.CreateMention(Find(article, "Officials")), article.CreateMention(Find(article, "called")), null, null);
        var dateRange = Find(article, "Tuesday");
        var date = new DateMention("Tuesday", dateRange, article.GetSourceSpan(dateRange), DateMentionType.Date, "2025-05-13", true, new DateOnly(2025, 5, 13), new DateOnly(2025, 5, 13));
        var outlet = new OutletCitation("BBC", OutletKind.News, [article.CreateMention(Find(article, "BBC"))], true);
        var claim = new Claim(article.GetText(claimRange), claimRange, article.GetSourceSpan(claimRange), 0.72, "BBC", ["attributed"]);
        return new AnalysisResult(article, real.ReferenceDate, [quote], [], [date], [outlet], [claim], real.Findings, default);
    }

    private static TextRange Find(Article article, string text)
    {
        var i = article.Text.IndexOf(text, StringComparison.Ordinal);
        if (i < 0)
        {
            throw new InvalidOperationException($"'{text}' is not in the article's text: {article.Text}");
        }

        return new TextRange(i, i + text.Length);
    }
}
