using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A poll or a share of respondents as the source before its cue: its date, its figure and its standings.</summary>
public class PollSourceTests
{
    [Theory]
    [InlineData("A Harbour Gazette poll last week showed Dana Holt with a small lead.", "A Harbour Gazette poll last week", "showed", "Dana Holt with a small lead")]
    [InlineData("A Pier Institute survey in March found that most voters back the mayor.", "A Pier Institute survey in March", "found", "that most voters back the mayor")]
    [InlineData("One in four voters in a Pier Institute poll last year said the pier should close.", "One in four voters in a Pier Institute poll last year", "said", "the pier should close")]
    public void A_time_phrase_right_after_the_poll_dates_it(string text, string source, string cue, string content)
    {
        var attribution = All(text).Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The poll also showed that most voters back the mayor.", "The poll", "also showed")]
    [InlineData("Mayor Dana Holt last week said the pier would close.", "Mayor Dana Holt", "last week said")]
    public void Adverbs_and_a_person_s_time_phrase_stay_out_of_the_source(string text, string source, string cue)
    {
        var attribution = All(text).Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
    }

    [Fact]
    public void A_poll_after_according_to_leaves_its_date_out()
    {
        var attribution = All("Nora Vale leads, according to a Harbour Gazette poll last week.").Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be("a Harbour Gazette poll");
        attribution.Content.Text.Should().Be("Nora Vale leads");
    }

    [Theory]
    [InlineData("A third of the pilots, 33%, say they feel that way.", "A third of the pilots, 33%,", "they feel that way")]
    [InlineData("About two-thirds, 67 percent, say they will vote for Holt.", "About two-thirds, 67 percent,", "they will vote for Holt")]
    [InlineData("Just shy of half, 49%, say the pier is safe.", "Just shy of half, 49%,", "the pier is safe")]
    [InlineData("Just over a quarter, 26 percent, say they will vote for Vale.", "Just over a quarter, 26 percent,", "they will vote for Vale")]
    [InlineData("Among likely voters, about two-thirds, 67 percent, say the pier is safe.", "about two-thirds, 67 percent,", "the pier is safe")]
    public void A_share_restated_as_a_figure_keeps_the_closing_comma(string text, string source, string content)
    {
        var attribution = All(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "say").Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Wednesday's Harbour Gazette poll has Holt leading Vale by just six points.", "Wednesday's Harbour Gazette poll", "has", "Holt leading Vale by just six points")]
    [InlineData("In the port, a Pier Institute survey released Friday had him at 4 percent in the field.", "a Pier Institute survey released Friday", "had", "him at 4 percent in the field")]
    public void A_poll_that_has_a_candidate_at_a_standing_reports_it(string text, string source, string cue, string content)
    {
        var attribution = All(text).Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The poll has a margin of error of three percentage points.")]
    [InlineData("The mayor has Holt working on the pier.")]
    public void Has_without_a_poll_and_a_standing_is_no_cue(string text)
    {
        All(text).Should().NotContain(a => a.Cue != null && a.Cue.Text == "has");
    }

    [Theory]
    [InlineData("Last year only 32 percent of residents opposed the tax.", "only 32 percent of residents", "the tax")]
    [InlineData("This week 40 percent of the pilots said the pier was unsafe.", "40 percent of the pilots", "the pier was unsafe")]
    public void A_time_phrase_opening_the_sentence_stays_out_of_the_share(string text, string source, string content)
    {
        var attribution = All(text).Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;
}
