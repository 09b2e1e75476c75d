using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// "The union, a group of pilots, said": a description opened by an article renames a common noun that opens its
/// sentence with a determiner; name and description are the source, of the cue and of a participle after it.
/// </summary>
public class CommonNounAppositiveTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void The_described_common_noun_is_the_source_of_the_cue_and_its_participle()
    {
        var attributions = Analyze("The union, a group of pilots, decried the plan, noting that the pier was safe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The union, a group of pilots," && a.Cue!.Text == "decried" && a.Content.Text == "the plan");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "The union, a group of pilots," && a.Cue!.Text == "noting" && a.Content.Text == "that the pier was safe");
    }

    [Fact]
    public void A_noun_inside_an_opening_phrase_is_no_subject()
    {
        var attributions = Analyze("On the pier, a sailor said the boat was safe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "a sailor" && a.Cue!.Text == "said" && a.Content.Text == "the boat was safe");
    }
}
