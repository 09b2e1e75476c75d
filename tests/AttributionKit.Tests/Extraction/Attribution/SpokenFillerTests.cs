using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class SpokenFillerTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("HOLT: Well, I think the harbour board needs to work together.", "HOLT", "Well, I think the harbour board needs to work together")]
    [InlineData("VALE: Honestly, I mean, I just believe that this is the oldest pier in the world.", "VALE", "Honestly, I mean, I just believe that this is the oldest pier in the world")]
    public void A_turn_opening_with_a_filler_keeps_the_reporting_clause_after_it(string text, string source, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(":");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_short_answer_before_a_coordinated_report_still_ends_its_content()
    {
        var attributions = Analyze("Most skippers said yes, but 55 percent of the pilots say the pier is unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Most skippers" && a.Cue!.Text == "said" && a.Content.Text == "yes");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "55 percent of the pilots" && a.Content.Text == "the pier is unsafe");
    }
}
