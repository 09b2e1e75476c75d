using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A state after its city closes an opening phrase of place; it is never the sentence's subject.</summary>
public class RegionInOpeningPhraseTests
{
    [Theory]
    [InlineData("Headline\n\nAt a town meeting in Ames, Iowa, Nora Vale spoke, saying that the pier would reopen.")]
    [InlineData("Headline\n\nIn Portland, New Hampshire, Nora Vale spoke, saying that the pier would reopen.")]
    public void The_subject_follows_the_state(string text)
    {
        var attribution = WithCue(text, "saying");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Fact]
    public void A_person_after_a_city_is_still_the_subject()
    {
        WithCue("Headline\n\nIn Ames, Nora Vale spoke, saying that the pier would reopen.", "saying").Source!.Mention.Text.Should().Be("Nora Vale");
    }
}
