using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue: a question put to the speaker set between commas after the name ("Holt, when asked about the pier,
/// said") tells the occasion; the name alone is the source.
/// </summary>
public class QuestionedAsideTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Dana Holt, when asked about the pier, said she did not know.", "Dana Holt")]
    [InlineData("Dana Holt, asked about the pier, said she did not know.", "Dana Holt")]
    [InlineData("Nora Vale, when pressed, said she did not know.", "Nora Vale")]
    [InlineData("The harbour master, asked about the pier, said she did not know.", "The harbour master")]
    public void The_name_before_the_question_is_the_source(string text, string source)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "said").Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("she did not know");
    }
}
