using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Which words a reporting cue attributes.</summary>
public class CueFinderContentTests
{
    private static Model.Attribution WithCue(string text, string cue)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);
        return result.Attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == cue).Which;
    }

    [Theory]
    [InlineData("While the pilots have pushed for new talks, Nora Vale said this was the last chance to save the pier.", "this was the last chance to save the pier")]
    [InlineData("While the pilots have pushed for new talks, Nora Vale said last year’s plan was the only chance to save the pier.", "last year’s plan was the only chance to save the pier")]
    public void This_or_last_opening_a_clause_starts_the_content(string text, string content)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_time_phrase_after_the_cue_is_not_the_content()
    {
        var attribution = WithCue("The pier will reopen in May, Nora Vale said this week.", "said");

        attribution.Content.Text.Should().Be("The pier will reopen in May");
    }

    [Fact]
    public void A_participle_after_a_trailing_cue_takes_that_cues_source()
    {
        var result = ArticleAnalyzer.Analyze("The pilots left the pier before noon, Nora Vale said, adding, “They were not worried.”", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "The pilots left the pier before noon");
        result.Attributions.Should().Contain(a => a.Cue!.Text == "adding" && a.Source!.Mention.Text == "Nora Vale");
    }

    [Fact]
    public void A_participle_without_an_earlier_cue_takes_the_sentence_subject()
    {
        var attribution = WithCue("The pilots waited at the pier until noon, adding that they were not worried.", "adding");

        attribution.Source!.Mention.Text.Should().Be("The pilots");
    }
}
