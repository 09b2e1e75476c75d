using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A place after a city and its comma ("from Leeds, South Kent,", "in Beaumont, Tex.,") closes the city's phrase: it
/// describes no name and is not the subject.
/// </summary>
public class PlaceAfterCityTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Ann Lee, a sailor from Leeds, South Kent, says the pier is safe.", "Ann Lee, a sailor from Leeds, South Kent,")]
    [InlineData("Ann Lee, a sailor from Leeds, Kent, says the pier is safe.", "Ann Lee, a sailor from Leeds, Kent,")]
    public void A_two_word_place_after_the_city_stays_in_the_description(string sentence, string source)
    {
        var attributions = Analyze(sentence).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "says" && a.Content.Text == "the pier is safe");
    }

    [Fact]
    public void A_role_after_the_city_is_no_place()
    {
        var attributions = Analyze("A pilot from Leeds, Captain Nora Vale, says the pier is safe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "A pilot from Leeds, Captain Nora Vale," && a.Cue!.Text == "says" && a.Content.Text == "the pier is safe");
    }

    [Theory]
    [InlineData("The day before, at a rally in Beaumont, Tex., Mr. Holt was cheered, claiming the pier was safe.", "Mr. Holt")]
    [InlineData("The day before, at a rally in Ames, Iowa, Mr. Holt was cheered, claiming the pier was safe.", "Mr. Holt")]
    [InlineData("In a letter to Dana Holt, Mr. Vale was blunt, claiming the pier was safe.", "Mr. Vale")]
    public void A_state_abbreviation_closes_the_opening_phrase(string sentence, string source)
    {
        var attributions = Analyze(sentence).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "claiming" && a.Content.Text == "the pier was safe");
    }
}
