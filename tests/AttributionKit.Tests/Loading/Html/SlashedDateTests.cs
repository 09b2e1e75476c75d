using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class SlashedDateTests
{
    [Theory]
    [InlineData("Posted 08/09/2017", "en-US", 2017, 8, 9)]
    [InlineData("Posted 08/09/2017", "en-GB", 2017, 9, 8)]
    [InlineData("Stand: 5.3.2019, 10:00", "en-US", 2019, 3, 5)]
    [InlineData("2020-03-04 16:52:59", null, 2020, 3, 4)]
    [InlineData("2020.08.19", null, 2020, 8, 19)]
    [InlineData("22/11/2020 - 04:30", "pt-BR", 2020, 11, 22)]
    public void Numeric_dates_are_read_in_the_order_their_form_or_language_implies(string text, string? language, int year, int month, int day)
    {
        SlashedDate.Find(text, language)!.Value.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("Version 1.2.2018.5")]
    [InlineData("Call 31/02/2020")]
    [InlineData("Price 12.50 on 3.4")]
    public void Version_numbers_and_impossible_days_are_not_dates(string text)
    {
        SlashedDate.Find(text, null).Should().BeNull();
    }
}
