using AttributionKit.Extraction.Dates;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateSentenceFilterTests
{
    [Theory]
    [InlineData("The talks resumed in March.", true)]
    [InlineData("He left on Monday.", true)]
    [InlineData("Prices rose 3 percent.", true)]
    [InlineData("The council met yesterday.", true)]
    [InlineData("Der Rat tagte gestern.", true)]
    [InlineData("Le conseil s'est réuni aujourd'hui.", true)]
    [InlineData("It took weeks.", true)]
    [InlineData("The dialogue is strong.", false)]
    [InlineData("Ceasefire must be reliable, not rhetorical.", false)]
    [InlineData("", false)]
    public void Passes_only_sentences_that_can_hold_a_date(string sentence, bool expected)
    {
        DateSentenceFilter.MayHoldDate(sentence).Should().Be(expected);
    }
}
