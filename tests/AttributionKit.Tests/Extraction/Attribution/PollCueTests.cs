using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A poll is the source of the figures in the clause it frames.</summary>
public class PollCueTests
{
    [Theory]
    [InlineData("In a Harbour Gazette poll released Monday, most residents backed the plan.", "a Harbour Gazette poll released Monday", "most residents backed the plan")]
    [InlineData("The mayor held a wide lead in the latest Gazette poll.", "the latest Gazette poll", "The mayor held a wide lead")]
    public void A_poll_is_the_source_of_the_figures_it_frames(string text, string source, string content)
    {
        var attribution = All(text).Should().Contain(a => a.Cue != null && a.Cue.Text.Equals("in", StringComparison.OrdinalIgnoreCase)).Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Nora Vale, who is third in the latest Gazette poll, spoke on Monday.")]
    [InlineData("Vale had 45 percent of the vote, compared to 50 percent in a similar survey in early November.")]
    [InlineData("Though Vale is running ahead of Lane in the Gazette poll, the board doubts her.")]
    [InlineData("The race is close, with Vale having overtaken Lane in polling.")]
    public void A_clause_stating_no_figure_of_its_own_is_no_poll_relation(string text)
    {
        All(text).Should().NotContain(a => a.Cue != null && a.Cue.Text == "in");
    }

    [Fact]
    public void Polling_places_are_no_poll()
    {
        All("She spent the whole day in polling places.").Should().BeEmpty();
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;
}
