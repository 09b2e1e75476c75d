using AttributionKit.Model;

namespace AttributionKit.Tests.TestSupport;

/// <summary>Analyses small inline articles against a fixed reference date (never the clock).</summary>
public static class DateTestArticles
{
    public static AnalysisResult Analyze(string text, string? referenceDate, ArticleFormat format = ArticleFormat.Text) =>
        ArticleAnalyzer.Analyze(text, format, Samples.Options with
        {
            ReferenceDate = referenceDate is null ? null : DateOnly.Parse(referenceDate, System.Globalization.CultureInfo.InvariantCulture),
        });

    public static IReadOnlyList<string> Dates(string text, string? referenceDate) =>
        [.. Analyze(text, referenceDate).Dates.Select(Describe)];

    public static string Describe(DateMention d) => $"{d.Text} = {d.Value ?? "null"}";
}
