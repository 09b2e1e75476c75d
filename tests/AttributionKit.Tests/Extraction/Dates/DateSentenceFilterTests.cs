using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateSentenceFilterTests
{
    [Theory]
    [InlineData("The talks resumed in March.", true)]
    [InlineData("He left on Monday.", true)]
    [InlineData("Prices rose in 2024.", true)]
    [InlineData("The call is at 10:00.", true)]
    [InlineData("The call is at 10AM sharp.", true)]
    [InlineData("The call is at 10.30 a.m. sharp.", true)]
    [InlineData("It opened on the 3rd and closed 5/19.", true)]
    [InlineData("The filing is dated 19-05-2025.", true)]
    [InlineData("Prices rose 3 percent.", false)]
    [InlineData("Ukraine intercepted 76 of 112 drones.", false)]
    [InlineData("Prices rose 3.5 percent.", false)]
    [InlineData("The camp takes children aged 9-14.", false)]
    [InlineData("The fund paid out 1500 grants.", false)]
    [InlineData("The council met yesterday.", true)]
    [InlineData("It took weeks.", true)]
    [InlineData("The dialogue is strong.", false)]
    [InlineData("Ceasefire must be reliable, not rhetorical.", false)]
    [InlineData("Talks may resume.", false)]
    [InlineData("Give the plants maximum sun.", false)]
    [InlineData("The Sun reported it first.", true)]
    [InlineData("", false)]
    public void Passes_only_English_sentences_that_can_hold_a_date(string sentence, bool expected)
    {
        DateSentenceFilter.MayHoldDate(sentence, DateTriggerWords.For(Culture.English)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Der Rat tagte am 19.05.2025 in Berlin.", true)]
    [InlineData("Der Rat tagte gestern.", true)]
    [InlineData("Die Sitzung beginnt um 15 Uhr.", true)]
    [InlineData("Die Frist endet am 1.12. um Mitternacht.", true)]
    [InlineData("Im Winter ruht der Betrieb.", true)]
    [InlineData("Hier findet die Sitzung statt.", false)]
    [InlineData("Auf jeden Fall kommt der Rat.", false)]
    [InlineData("Lehrstoff der Klassen 1. und 2.", false)]
    [InlineData("Mit dem 1000 Euro Kredit zahlen Sie weniger.", false)]
    public void Reads_German_sentences_with_German_words(string sentence, bool expected)
    {
        DateSentenceFilter.MayHoldDate(sentence, DateTriggerWords.For(Culture.German)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Le conseil s'est réuni aujourd'hui.", true)]
    [InlineData("Le conseil s'est réuni hier.", true)]
    public void Reads_French_sentences_with_French_words(string sentence, bool expected)
    {
        DateSentenceFilter.MayHoldDate(sentence, DateTriggerWords.For(Culture.French)).Should().Be(expected);
    }

    [Fact]
    public void Finds_every_trigger_in_order()
    {
        DateSentenceFilter.FindTriggers("On Monday, May 19, 2025, at 10:00 the talks began.", DateTriggerWords.For(Culture.English))
            .Should().Equal((3, 9), (11, 14), (19, 23), (28, 30));
    }
}
