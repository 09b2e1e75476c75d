using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ReportedClauseAttitudeTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Dana Holt said she was tired of the delays and wanted a new ferry for the harbour.", "Dana Holt", "said", "she was tired of the delays and wanted a new ferry for the harbour")]
    [InlineData("Nora Vale said the pier was unsafe and hoped that the mayor would close it.", "Nora Vale", "said", "the pier was unsafe and hoped that the mayor would close it")]
    [InlineData("Holt says he is proud of the crew and expects to win the vote.", "Holt", "says", "he is proud of the crew and expects to win the vote")]
    [InlineData("Vale said the harbour board had heard the sailors but decided to close the pier.", "Vale", "said", "the harbour board had heard the sailors but decided to close the pier")]
    public void A_verb_of_wish_or_intention_after_and_goes_on_with_the_reported_clause(string text, string source, string cue, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Holt said the pier was old and insisted that it must close.", "insisted", "that it must close")]
    [InlineData("Holt said the pier was unsafe, and wanted it closed.", "wanted", "it closed")]
    public void A_verb_of_saying_or_a_verb_after_a_comma_stays_a_relation_of_its_own(string text, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Holt");
        attributions.Should().Contain(a => a.Cue!.Text == cue && a.Source!.Mention.Text == "Holt" && a.Content.Text == content);
    }
}
