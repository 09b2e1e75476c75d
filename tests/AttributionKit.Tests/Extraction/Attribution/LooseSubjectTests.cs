using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Cues whose subject is no speaker's name: a group or thing, an earlier cue's speaker, a subject before an aside.</summary>
public class LooseSubjectTests
{
    [Fact]
    public void A_noun_phrase_naming_no_person_is_the_source_of_the_cue_after_it()
    {
        var attribution = WithCue("This group recognizes that the pier needs more money.", "recognizes");

        attribution.Source!.Mention.Text.Should().Be("This group");
        attribution.Content.Text.Should().Be("that the pier needs more money");
    }

    [Fact]
    public void A_cue_after_a_comma_and_then_goes_on_with_the_earlier_cues_source()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale thanked the pilots, then argued the pier must reopen in May.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "then argued" && a.Source!.Mention.Text == "Nora Vale"
            && a.Content.Text == "the pier must reopen in May");
        result.Attributions.Should().Contain(a => a.Cue!.Text == "thanked" && a.Content.Text == "the pilots");
    }

    [Fact]
    public void A_subject_set_off_by_an_aside_is_the_source()
    {
        var attribution = WithCue("Nora Vale, one of the few pilots left at the port, said the pier must reopen in May.", "said");

        attribution.Source!.Mention.Text.Should().Contain("Nora Vale");
        attribution.Content.Text.Should().Be("the pier must reopen in May");
    }

    [Theory]
    [InlineData("The harbour plan, called the Vale plan by its critics, never became law.", "called")]
    [InlineData("The board studied the emails released on Tuesday by the port.", "released")]
    [InlineData("The pier, described in the report as unsafe, closed in May.", "described")]
    public void A_participle_describing_a_noun_is_no_cue(string text, string cue)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == cue && a.Content.Text.Length > 0 && a.Cue.Span.End <= a.Content.Span.Start);
    }
}
