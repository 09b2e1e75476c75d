using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ColonFigureElaborationTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("The survey found that the mayor's biggest problem is the harbour toll: 42% of voters say they would not pay it again.", "The survey", "found", "that the mayor's biggest problem is the harbour toll: 42% of voters say they would not pay it again")]
    [InlineData("The poll showed that Dana Holt leads on the pier plan: 56 percent of residents want the work to start this year.", "The poll", "showed", "that Dana Holt leads on the pier plan: 56 percent of residents want the work to start this year")]
    [InlineData("The harbour poll shows how hard the race will be: Six in 10 sailors said they back Nora Vale.", "The harbour poll", "shows", "how hard the race will be: Six in 10 sailors said they back Nora Vale")]
    public void A_figure_after_a_colon_spells_out_the_finding_and_stays_in_its_content(string text, string source, string cue, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_named_source_after_a_colon_reports_on_its_own()
    {
        var attributions = Analyze("The council poll showed a split on the question: Nora Vale said the pier should close.").Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "The council poll" && a.Cue!.Text == "showed" && a.Content.Text == "a split on the question");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "said" && a.Content.Text == "the pier should close");
    }
}
