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
    [InlineData("In the latest Gazette poll, conducted in May, Holt led Vale among pier workers.", "the latest Gazette poll, conducted in May,", "Holt led Vale among pier workers")]
    [InlineData("In a Gazette poll conducted on Friday, however, most pilots backed the plan.", "a Gazette poll conducted on Friday", "most pilots backed the plan")]
    [InlineData("In a Gazette Poll the same month, most sailors backed Holt.", "a Gazette Poll", "most sailors backed Holt")]
    public void A_phrase_set_off_by_commas_after_an_opening_poll_is_skipped(string text, string source, string content)
    {
        // A participle phrase describing the poll joins its source; an aside or a time phrase joins neither.
        var attribution = All(text).Should().Contain(a => a.Cue != null && a.Cue.Text == "In").Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_opening_poll_frames_every_figure_of_its_sentence()
    {
        // "In a Gazette poll, 31% of sailors said …, compared with …": the comparison is the poll's figure too, and the
        // share's own "said" reports what the poll found.
        var all = All("In a Gazette poll released Monday, 31% of sailors said they backed the pier, compared with 23% of clerks.");

        var attribution = all.Should().ContainSingle().Which;
        attribution.Cue!.Text.Should().Be("In");
        attribution.Source!.Mention.Text.Should().Be("a Gazette poll released Monday");
        attribution.Content.Text.Should().Be("31% of sailors said they backed the pier, compared with 23% of clerks");
    }

    [Fact]
    public void An_opening_poll_keeps_the_figures_joined_by_while()
    {
        var attribution = All("In a Gazette poll, 38 percent of pilots said Holt should step down, while 60 percent said she should stay.").Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be("a Gazette poll");
        attribution.Content.Text.Should().Be("38 percent of pilots said Holt should step down, while 60 percent said she should stay");
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
