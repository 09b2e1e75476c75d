using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A possessive before a nominal cue ("his attacks on") stands for the subject of the verb it follows.</summary>
public class ObjectPossessiveTests
{
    [Theory]
    [InlineData("Nora Vale stepped up her attacks on the harbour board this week.", "Nora Vale")]
    [InlineData("Tom Reed has toned down his criticism of the harbour board.", "Tom Reed")]
    public void The_subject_of_the_verb_is_the_source(string text, string source)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, TestSupport.Samples.Options).Attributions
            .Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("The vote came after his attacks on the harbour board grew louder.")]
    [InlineData("With his attacks on the harbour board, the mayor won the vote.")]
    public void After_a_preposition_or_an_infinitive_the_possessive_stays(string text)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, TestSupport.Samples.Options).Attributions
            .Should().Contain(a => a.Cue != null && a.Cue.Text.StartsWith("attacks", StringComparison.Ordinal)).Which;

        attribution.Source!.Mention.Text.Should().Be("his");
    }
}
