using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue in the infinitive after words that hand their subject on to it ("had to explain", "are quick to
/// point out", "did little to encourage"): the subject of those words is the source.</summary>
public class InfinitiveSubjectTests
{
    [Theory]
    [InlineData("In an earlier email exchange, Nora Vale had to explain to the board that the pier was closed.", "explain", "Nora Vale", "to the board that the pier was closed")]
    [InlineData("Advisers to Mr. Lane are quick to point out that he has placed second.", "point out", "Advisers to Mr. Lane", "that he has placed second")]
    [InlineData("Harbour pilots were slightly more likely to say that the fees are too high.", "say", "Harbour pilots", "that the fees are too high")]
    [InlineData("Ferry use was also low: the council did little to encourage early crossings.", "encourage", "the council", "early crossings")]
    public void The_subject_before_the_words_that_hand_it_on_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_expletive_there_names_nobody()
    {
        var attribution = WithCue("There is little to suggest that the pier will reopen.", "suggest");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("that the pier will reopen");
    }

    [Fact]
    public void A_participle_after_a_noun_opens_no_clause_of_the_noun()
    {
        var attribution = WithCue("On Sunday the mayor rebuffed a heckler trying to ask her about the fees.", "ask");

        attribution.Source?.Mention.Text.Should().NotBe("a heckler");
    }

    [Theory]
    [InlineData("The decisive vote led harbour master Dana Holt to declare the pier closed.", "declare", "harbour master Dana Holt", "the pier closed")]
    [InlineData("The council's decision will increase the pressure on her to say whether she agrees.", "say", "her", "whether she agrees")]
    [InlineData("The storm has created a natural opening for the pilots to highlight their safety record.", "highlight", "the pilots", "their safety record")]
    public void The_one_made_or_let_to_act_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_day_after_on_is_when_not_who()
    {
        var attribution = WithCue("The harbour board struggled on Tuesday to explain why the pier had closed.", "explain");

        attribution.Source?.Mention.Text.Should().NotBe("Tuesday");
    }

    // Rule: ClauseSubject — a personal pronoun after "and", "but" or a word that may be a preposition ("as", "after")
    // opens a clause of its own, whose subject does what the infinitive in it says.
    [Theory]
    [InlineData("Her plan for the pier has not worked so far, and she continues to struggle to explain it to the pilots.", "explain", "she")]
    [InlineData("Dana Holt faces questions about the ferry delay as she labors anew to persuade the pilots.", "persuade", "she")]
    public void A_pronoun_opening_a_later_clause_does_what_its_infinitive_says(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    [Fact]
    public void An_infinitive_of_purpose_in_a_plain_sentence_keeps_the_sentence_subject() =>
        WithCue("Dana Holt took to the radio to say the pier was safe.", "say").Source!.Mention.Text.Should().Be("Dana Holt");
}
