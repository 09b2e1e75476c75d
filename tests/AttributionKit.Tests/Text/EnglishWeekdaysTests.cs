using AttributionKit.Text;

namespace AttributionKit.Tests.Text;

public class EnglishWeekdaysTests
{
    [Fact]
    public void The_seven_english_names_come_from_the_weekday_list_in_order() =>
        EnglishWeekdays.Names.Should().Equal("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}
