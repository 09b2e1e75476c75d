using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Verbs of setting out a plan or a view ("outlined", "unveiled", "detailing") and of breaking in on a speaker
/// ("interjected") are reporting verbs, and so are picking out a target ("singled out") and dismissing a charge
/// ("brushed off"); the noun forms ("an outline of") are not.
/// </summary>
public class SettingOutCueTests
{
    [Theory]
    [InlineData("Dana Holt outlined a plan to rebuild the pier by spring.", "outlined", "Dana Holt", "a plan to rebuild the pier by spring")]
    [InlineData("The harbour board unveiled a proposal for a new sea wall.", "unveiled", "The harbour board", "a proposal for a new sea wall")]
    public void The_verb_reports_what_was_set_out(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt singled out the harbour board for its slow repairs.", "singled out", "Dana Holt", "the harbour board for its slow repairs")]
    [InlineData("Nora Vale brushed off the report's findings.", "brushed off", "Nora Vale", "the report's findings")]
    public void Picking_out_or_dismissing_is_a_stance(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Interjected_credits_the_quote_after_it()
    {
        var attribution = WithCue("Nora Vale interjected: “That is just not true.”", "interjected");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Contain("That is just not true.");
    }

    [Fact]
    public void An_outline_is_a_noun()
    {
        // Counter-example: "outline" after an article names a sketch; only "outlined"/"outlining" are read as cues.
        ArticleAnalyzer.Analyze("The mayor's public outline of the pier plan seemed vague.", ArticleFormat.Text, TestSupport.Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text.Contains("outline"));
    }
}
