using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateTriggerWordsTests
{
    [Theory]
    [InlineData("May", true)]
    [InlineData("may", false)]
    [InlineData("today", true)]
    [InlineData("Today", true)]
    [InlineData("Sun", true)]
    [InlineData("sun", false)]
    [InlineData("heute", false)]
    [InlineData("hier", false)]
    public void English_words_count_in_English_with_their_capitals(string word, bool expected)
    {
        DateTriggerWords.For(Culture.English).Contains(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("Mai", true)]
    [InlineData("heute", true)]
    [InlineData("Jahren", true)]
    [InlineData("hier", false)]
    [InlineData("Fall", false)]
    public void German_words_count_in_German(string word, bool expected)
    {
        DateTriggerWords.For(Culture.German).Contains(word).Should().Be(expected);
    }

    [Fact]
    public void Every_language_has_its_month_and_weekday_names()
    {
        foreach (var (culture, month, weekday) in new[]
        {
            (Culture.English, "January", "Friday"), (Culture.German, "Januar", "Freitag"),
            (Culture.French, "janvier", "vendredi"), (Culture.Spanish, "enero", "viernes"),
        })
        {
            DateTriggerWords.For(culture).Contains(month).Should().BeTrue(culture);
            DateTriggerWords.For(culture).Contains(weekday).Should().BeTrue(culture);
        }
    }
}
