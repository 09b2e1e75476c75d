using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue word in its base form after "a", "an" or "no" and describing words is a noun: the subject of the verb governing
/// it, or after "in" or "with" the sentence's subject, is the source, not the article phrase.
/// </summary>
public class IndefiniteNounCueTests
{
    [Theory]
    [InlineData("During the debate, Dana Holt delivered a forceful promise to close the pier.", "promise", "Dana Holt", "to close the pier")]
    [InlineData("During the debate, Holt made an unprompted call for an end to pier subsidies.", "call for", "Holt", "an end to pier subsidies")]
    [InlineData("Nora Vale had no such praise for the harbour board.", "praise", "Nora Vale", "for the harbour board")]
    [InlineData("The two harbours are in a heated dispute over the docks.", "dispute", "The two harbours", "over the docks")]
    public void The_governing_subject_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue("Headline\n\n" + text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_plural_quantity_after_the_article_names_the_speakers()
    {
        var attribution = WithCue("Headline\n\nA handful of pilots say the pier is unsafe.", "say");

        attribution.Source!.Mention.Text.Should().Be("A handful of pilots");
    }

    [Fact]
    public void A_phrase_after_with_before_a_participle_is_its_subject()
    {
        var attribution = WithCue("Headline\n\nThe vote was close, with a harbour spokesman saying the pier would stay.", "saying");

        attribution.Source!.Mention.Text.Should().Be("a harbour spokesman");
    }
}
