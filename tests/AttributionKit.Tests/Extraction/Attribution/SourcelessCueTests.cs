using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Cues that report a question or a judgement without naming who holds it ("Asked …", "seems", "is expected to").</summary>
public class SourcelessCueTests
{
    [Theory]
    [InlineData("Asked whether the harbour would reopen, Nora Vale shrugged.", "whether the harbour would reopen")]
    [InlineData("The harbour is expected to reopen in spring.", "The harbour is expected to reopen in spring")]
    [InlineData("The harbour master appears somewhat uneasy about the plan.", "The harbour master appears somewhat uneasy about the plan")]
    public void Cues_that_name_nobody_give_an_attribution_without_a_source(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Asked_by_someone_names_the_asker()
    {
        ArticleAnalyzer.Analyze("Asked by Tom Reed whether the harbour would reopen, Nora Vale shrugged.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which.Source!.Mention.Text.Should().Be("Tom Reed");
    }

    [Theory]
    [InlineData("Nora Vale appeared on the evening news on Sunday.")]
    [InlineData("Nora Vale appeared with the mayor at the harbour.")]
    public void Appearing_somewhere_is_no_cue(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }
}
