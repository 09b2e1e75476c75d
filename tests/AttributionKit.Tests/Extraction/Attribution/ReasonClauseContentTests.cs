using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ReasonClauseContentTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Dana Holt said the survey is wrong because she believes the pier counts were old.", "Dana Holt", "the survey is wrong because she believes the pier counts were old")]
    [InlineData("Nora Vale said the harbour will close because the mayor wants a new ferry.", "Nora Vale", "the harbour will close because the mayor wants a new ferry")]
    public void A_reason_clause_without_a_comma_stays_in_the_content_though_it_holds_a_cue(string text, string source, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be(content);
    }
}
