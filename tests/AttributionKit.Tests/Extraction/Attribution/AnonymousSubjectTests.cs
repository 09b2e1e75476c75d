using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// AnonymousSubject: a subject followed, with no comma, by the aside that says why it is unnamed keeps its noun as the
/// source instead of the last words of the aside ("condition of anonymity", "the talks").
/// </summary>
public class AnonymousSubjectTests
{
    private static AttributionKit.Model.Attribution SaidIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "said").Subject;

    [Theory]
    [InlineData("An aide who spoke on condition of anonymity said the pier would close.", "An aide")]
    [InlineData("An aide who spoke on the condition of anonymity to discuss the talks said the pier would close.", "An aide")]
    [InlineData("Two pilots who spoke on the condition of anonymity because they were not authorized to discuss the vote said the pier would close.", "Two pilots")]
    [InlineData("Two pilots speaking on condition of anonymity said the pier would close.", "Two pilots speaking on condition of anonymity")]
    public void The_source_is_the_noun_the_aside_describes(string text, string source)
    {
        var attribution = SaidIn(text);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would close");
    }

    [Fact]
    public void Without_the_aside_the_subject_is_read_as_before()
    {
        SaidIn("The aide who met the pilots said the pier would close.").Source!.Mention.Text.Should().Be("The aide who met the pilots");
    }
}
