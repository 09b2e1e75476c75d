using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class DatelineTextTests
{
    [Theory]
    [InlineData("Tue, 14 Jan 2020", "en", 2020, 1, 14)]
    [InlineData("Sonntag, 8. Oktober 2017 um 02:12", "de", 2017, 10, 8)]
    [InlineData("2020-03-04 16:52:59", "ko", 2020, 3, 4)]
    [InlineData("13 Jan 2020, 22:11 GMT+10", "en", 2020, 1, 13)]
    [InlineData("| 12.01.2017 |", "de", 2017, 1, 12)]
    [InlineData(", 8.5.12", "de", 2012, 5, 8)]
    [InlineData("02.12.19", "en", 2019, 12, 2)]
    public void A_text_that_is_only_a_date_gives_it(string text, string language, int year, int month, int day)
    {
        DatelineText.Find(text, language, Samples.Today)!.Value.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("Next meeting: 15.2.2018")]
    [InlineData("The council met on 14 Jan 2020 to vote")]
    [InlineData("Version 1.2.12")]
    [InlineData("Ticket 12.01.2017 #4411")]
    [InlineData("12.15.19")]
    public void A_text_with_more_than_a_date_is_not_a_dateline(string text)
    {
        DatelineText.Find(text, "en", Samples.Today).Should().BeNull();
    }

    [Theory]
    [InlineData(2026, 2027)]
    [InlineData(2020, 1927)]
    public void A_two_digit_year_takes_the_century_that_keeps_it_at_most_a_year_ahead_of_the_given_day(int todayYear, int expectedYear)
    {
        DatelineText.Find("02.12.27", "de", new DateOnly(todayYear, 6, 1))!.Value.Date.Year.Should().Be(expectedYear);
    }
}
