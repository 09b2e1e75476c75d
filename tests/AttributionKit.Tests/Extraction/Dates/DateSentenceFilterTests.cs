using AttributionKit.Extraction.Dates;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateSentenceFilterTests
{
    [Theory]
    [InlineData("The talks resumed in March.", true)]
    [InlineData("He left on Monday.", true)]
    [InlineData("Prices rose in 2024.", true)]
    [InlineData("The call is at 10:00.", true)]
    [InlineData("The call is at 10AM sharp.", true)]
    [InlineData("It opened on the 3rd and closed 5/19.", true)]
    [InlineData("Der Rat tagte am 19.05.2025 in Berlin.", true)]
    [InlineData("Prices rose 3 percent.", false)]
    [InlineData("Ukraine intercepted 76 of 112 drones.", false)]
    [InlineData("Prices rose 3.5 percent.", false)]
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
