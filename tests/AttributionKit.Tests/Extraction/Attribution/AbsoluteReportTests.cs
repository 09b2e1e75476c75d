using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class AbsoluteReportTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Voters see Nora Vale as more prepared, with 50 percent saying she is ready.", "Voters", "see", "Nora Vale as more prepared", "50 percent", "saying", "she is ready")]
    [InlineData("Dana Holt said the pier was safe, with the wardens saying it was not.", "Dana Holt", "said", "the pier was safe", "the wardens", "saying", "it was not")]
    [InlineData("The mayor has denied that the pier was sold - with the clerk seeking his advice.", "The mayor", "has denied", "that the pier was sold", "the clerk", "seeking", "his advice")]
    [InlineData("Most pilots shrugged off the vote, with three in 10 saying the ferry would not change their trips.", "Most pilots", "shrugged off", "the vote", "three in 10", "saying", "the ferry would not change their trips")]
    public void A_phrase_with_a_subject_and_a_reporting_participle_is_a_relation_of_its_own(
        string text, string outerSource, string outerCue, string outerContent, string source, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == outerSource && a.Cue!.Text == outerCue && a.Content.Text == outerContent);
        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }

    [Fact]
    public void A_share_taking_a_side_stays_in_what_the_poll_showed()
    {
        var attribution = Analyze("The harbour poll showed Dana Holt ahead, with 40 percent supporting her.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("The harbour poll");
        attribution.Content.Text.Should().Be("Dana Holt ahead, with 40 percent supporting her");
    }

    [Fact]
    public void Along_with_joins_its_noun_to_the_clause_before_it()
    {
        var attribution = Analyze("Dana Holt praised the ferry crew, along with the wardens saying the pier was safe.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("the ferry crew, along with the wardens saying the pier was safe");
    }
}
