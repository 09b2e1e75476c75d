using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue with the preposition that opens what it reports: the preposition's object is the content.</summary>
public class PrepositionalCueTests
{
    [Theory]
    [InlineData("In court papers, Holt's lawyer asked for a sentence of three years, calling it fair.", "asked for", "Holt's lawyer", "a sentence of three years")]
    [InlineData("Dana Holt hints at a major harbour shake-up, then takes it back.", "hints at", "Dana Holt", "a major harbour shake-up, then takes it back")]
    [InlineData("The harbour board has not commented on the closure, which was planned in May.", "has not commented on", "The harbour board", "the closure, which was planned in May")]
    public void The_object_of_the_preposition_is_the_content(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_telling_verb_without_its_preposition_still_skips_the_addressee()
    {
        // Counter-example: "asked reporters to leave" has an addressee before what was asked.
        var attribution = WithCue("Nora Vale asked reporters to leave the pier.", "asked");

        attribution.Content.Text.Should().Be("to leave the pier");
    }
}
