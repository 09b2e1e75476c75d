using AttributionKit.Extraction.Claims;

namespace AttributionKit.Tests.Extraction.Claims;

public class UnitLemmatizerTests
{
    [Theory]
    [InlineData("drones", "drone")]
    [InlineData("Drones", "drone")]
    [InlineData("casualties", "casualty")]
    [InlineData("countries", "country")]
    [InlineData("churches", "church")]
    [InlineData("bushes", "bush")]
    [InlineData("boxes", "box")]
    [InlineData("addresses", "address")]
    [InlineData("people", "person")]
    [InlineData("children", "child")]
    [InlineData("lives", "life")]
    [InlineData("wolves", "wolf")]
    [InlineData("knives", "knife")]
    [InlineData("halves", "half")]
    [InlineData("ties", "tie")]
    [InlineData("crises", "crisis")]
    [InlineData("heroes", "hero")]
    [InlineData("dollars", "dollar")]
    public void Plurals_become_singular_lower_case(string plural, string singular) =>
        UnitLemmatizer.Lemma(plural).Should().Be(singular);

    [Theory]
    [InlineData("series")]
    [InlineData("species")]
    [InlineData("news")]
    [InlineData("crisis")]
    [InlineData("census")]
    [InlineData("glass")]
    [InlineData("bus")]
    [InlineData("gas")]
    [InlineData("drone")]
    [InlineData("data")]
    public void Words_that_are_no_regular_plural_stay_as_they_are(string word)
    {
        UnitLemmatizer.Lemma(word).Should().Be(word);
        UnitLemmatizer.IsPlural(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("drones")]
    [InlineData("people")]
    [InlineData("Casualties")]
    public void Plurals_read_as_plural(string word) => UnitLemmatizer.IsPlural(word).Should().BeTrue();
}
