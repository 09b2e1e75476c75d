using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ReportedClauseBaseVerbTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Nora Vale said the skippers still have time to step up and show that they are worthy of support.", "Nora Vale", "said", "the skippers still have time to step up and show that they are worthy of support")]
    [InlineData("Dana Holt hopes to win a vote that will end the dispute and encourage the board to rally around her.", "Dana Holt", "hopes", "to win a vote that will end the dispute and encourage the board to rally around her")]
    [InlineData("Holt said she had her aides call the pilots and tell them the pier was closed.", "Holt", "said", "she had her aides call the pilots and tell them the pier was closed")]
    [InlineData("Vale said the board should review the lease and also ask Holt to stay.", "Vale", "said", "the board should review the lease and also ask Holt to stay")]
    [InlineData("Dana Holt says the board is acting unlawfully and showing contempt for the pilots.", "Dana Holt", "says", "the board is acting unlawfully and showing contempt for the pilots")]
    [InlineData("Holt told them he got in by reading their posts and guessing passwords.", "Holt", "told", "he got in by reading their posts and guessing passwords")]
    public void A_bare_verb_after_and_goes_on_with_the_reported_clause(string text, string source, string cue, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Holt said the pier was unsafe and warned that the ferries would stop.", "said", "the pier was unsafe", "warned", "that the ferries would stop")]
    [InlineData("The pilots say the pier is unsafe and warn that the ferries will stop.", "say", "the pier is unsafe", "warn", "that the ferries will stop")]
    public void A_verb_of_the_cues_own_form_stays_a_relation_of_its_own(string text, string cue, string content, string second, string secondContent)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Cue!.Text == cue && a.Content.Text == content);
        attributions.Should().Contain(a => a.Cue!.Text == second && a.Content.Text == secondContent);
    }
}
