using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Describing words between a source and its cue belong to the cue, not the source: an adverb in -ly after the subject
/// ("The harbour board strongly denounced … and said"), adjectives after a possessor before a noun of saying ("Dana
/// Holt's original pledge to …"); a noun in -ly ("The Holt family said") stays in the source.
/// </summary>
public class SourceModifierBeforeCueTests
{
    [Theory]
    [InlineData("The harbour board strongly denounced the plan and said it would sue the council.", "said", "The harbour board", "it would sue the council")]
    [InlineData("The harbour candidates briefly put away their papers and disclosed that they had sold the docks.", "disclosed", "The harbour candidates", "that they had sold the docks")]
    public void An_adverb_after_the_subject_stays_out_of_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue("Headline\n\n" + text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt's original pledge to close the pier was dropped last week.", "pledge", "Dana Holt's")]
    [InlineData("The wardens' respective estimates of the cost differ widely.", "estimates", "The wardens'")]
    [InlineData("Holt's nagging concern that the board cannot be trusted grew.", "nagging concern", "Holt's")]
    [InlineData("Nora Vale's continued insistence that she was a journalist did not help her.", "continued insistence", "Nora Vale's")]
    public void A_possessor_before_describing_words_is_the_source_of_a_noun_of_saying(string text, string cue, string source)
    {
        var attribution = WithCue("Headline\n\n" + text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_verb_in_s_with_an_object_keeps_the_possessed_head_in_the_source()
    {
        var attribution = WithCue("Headline\n\nHolt's lawsuit demands her reinstatement as a harbour warden.", "demands");

        attribution.Source!.Mention.Text.Should().Be("Holt's lawsuit");
        attribution.Content.Text.Should().Be("her reinstatement as a harbour warden");
    }

    [Theory]
    [InlineData("The Holt family said the pier must stay.", "The Holt family")]
    [InlineData("The organiser of a pier rally said the docks must stay open.", "The organiser of a pier rally")]
    public void A_noun_in_ly_stays_in_the_source(string text, string source)
    {
        var attribution = WithCue("Headline\n\n" + text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
    }
}
