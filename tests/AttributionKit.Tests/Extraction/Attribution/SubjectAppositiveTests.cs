using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A description set off by commas after the sentence's subject belongs to the source of a cue far from that subject
/// (a participle after the predicate, a second verb), as it does for a cue right after it.
/// </summary>
public class SubjectAppositiveTests
{
    [Theory]
    [InlineData("Dana Holt, a ferry captain, released a statement confirming the pier would close.", "confirming", "Dana Holt, a ferry captain,", "the pier would close")]
    [InlineData("The harbour chairman, Nora Vale, called for a vote, and then a second vote, declaring the plan passed.", "declaring", "The harbour chairman, Nora Vale,", "the plan passed")]
    public void A_cue_far_from_the_subject_takes_the_description_after_it(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Wednesday, the director of the board, Dana Holt, said the pier was safe.", "the director of the board, Dana Holt,")]
    [InlineData("On Wednesday, however, the director of the board, Dana Holt, said the pier was safe.", "the director of the board, Dana Holt,")]
    [InlineData("Later, the harbour master, Nora Vale, said the pier was safe.", "the harbour master, Nora Vale,")]
    [InlineData("However, the harbour master, Nora Vale, said the pier was safe.", "the harbour master, Nora Vale,")]
    [InlineData("Wednesday, Dana Holt, the director, said the pier was safe.", "Dana Holt, the director,")]
    public void A_time_word_opening_the_sentence_is_no_name_the_description_renames(string text, string source)
    {
        // Counter-example to "Ann Lee, 45, a pilot, said": "Wednesday" opens the sentence's time phrase, it names no one.
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier was safe");
    }

    [Fact]
    public void A_participle_aside_after_the_subject_stays_out()
    {
        // Counter-example: "wearing a red cape" says what the speaker did, it does not describe who she is.
        var attribution = WithCue("Nora Vale, wearing a red cape, released a statement confirming the pier would close.", "confirming");

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("the pier would close");
    }
}
