using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// CueObject.SkipObject after a verb of accusing, warning or reminding: a short object with its "of" phrase is the
/// content ("accused the mayor of lying" gave no relation because the object ran to the full stop); "of" before a name
/// or inside a title belongs to the object.
/// </summary>
public class AccusedOfTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Holt accused the mayor of lying.", "accused", "the mayor of lying")]
    [InlineData("Holt accused the mayor of fraud.", "accused", "the mayor of fraud")]
    [InlineData("Holt accused his rivals of hiding the costs.", "accused", "his rivals of hiding the costs")]
    [InlineData("Vale warned the harbour board of a strike.", "warned", "the harbour board of a strike")]
    public void The_object_and_its_of_phrase_are_the_content(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Holt warned the mayor of Dover that the pier would close.", "warned", "that the pier would close")]
    [InlineData("Holt told the mayor of Dover that the pier would close.", "told", "that the pier would close")]
    public void Of_before_a_name_belongs_to_the_object(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }
}
