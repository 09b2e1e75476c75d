using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>An "as" closing a comparison and an "and" joining a pair opened by "both" join no second clause.</summary>
public class PairedPhraseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void As_many_as_does_not_end_the_content()
    {
        var attribution = Analyze("Polls show as many as 30 percent of the pier workers say they will not vote for Vale.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Polls");
        attribution.Cue!.Text.Should().Be("show");
        attribution.Content.Text.Should().Be("as many as 30 percent of the pier workers say they will not vote for Vale");
    }

    [Fact]
    public void Both_and_does_not_end_the_content()
    {
        var attribution = Analyze("Vale said both she and Holt promised to fight the toll.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Vale");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("both she and Holt promised to fight the toll");
    }

    [Fact]
    public void An_as_opening_a_clause_still_ends_the_content()
    {
        var attributions = Analyze("Holt said the ferry was late as Vale said it would be.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Holt" && a.Content.Text == "the ferry was late");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Vale" && a.Content.Text == "it would be");
    }
}
