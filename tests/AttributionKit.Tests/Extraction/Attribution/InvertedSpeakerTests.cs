using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue after a comma or a closing quote names its speaker after it, unless the words there are a clause.</summary>
public class InvertedSpeakerTests
{
    [Fact]
    public void A_clause_with_a_verb_of_its_own_after_the_cue_is_no_speaker()
    {
        var result = ArticleAnalyzer.Analyze(
            "Headline\n\nDana Holt, host of the Courier’s “Morning Tide,” suggested the board’s refusal to repair the pier could cost it the vote.",
            ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.Contains("could", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Headline\n\nThe pier is unsafe, said Ann Lee, who is the harbour master.", "The pier is unsafe")]
    [InlineData("Headline\n\n“We will go,” said Ann Lee, who is the harbour master.", "“We will go,”")]
    public void A_speaker_described_by_a_relative_clause_is_still_the_speaker(string text, string content)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Ann Lee, who is the harbour master");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_comma_closing_an_aside_on_the_subject_leaves_the_cue_in_its_order()
    {
        var attribution = WithCue("Headline\n\nYet harbour pilots, like their union leaders, say dredging the channel costs too much.", "say");

        attribution.Source!.Mention.Text.Should().Be("harbour pilots, like their union leaders,");
        attribution.Content.Text.Should().Be("dredging the channel costs too much");
    }

    [Fact]
    public void After_a_clause_the_speaker_still_follows_the_comma()
    {
        var attribution = WithCue("Headline\n\nThe pier will reopen in spring, said Ann Lee.", "said");

        attribution.Source!.Mention.Text.Should().Be("Ann Lee");
        attribution.Content.Text.Should().Be("The pier will reopen in spring");
    }
}
