using AttributionKit.Text;

namespace AttributionKit.Tests.Text;

public class MonthNamesTests
{
    [Theory]
    [InlineData("January")]
    [InlineData("sept")]
    [InlineData("März")]
    [InlineData("décembre")]
    [InlineData("mayo")]
    public void Every_language_and_abbreviation_of_the_shared_list_is_a_month_name_whatever_its_case(string name) =>
        MonthNames.All.Should().Contain(name);

    [Theory]
    [InlineData("Monday")]
    [InlineData("month")]
    [InlineData("1")]
    public void Weekdays_other_words_and_the_month_numbers_themselves_are_not_month_names(string word) =>
        MonthNames.All.Should().NotContain(word);

    [Fact]
    public void Reading_a_list_pairs_each_name_with_the_number_of_its_line()
    {
        var entries = MonthNames.Read("Lexicons/month-names.txt").ToList();

        entries.Should().Contain((1, "january")).And.Contain((5, "mai")).And.Contain((12, "dic"));
        entries.Select(e => e.Month).Distinct().Should().BeEquivalentTo(Enumerable.Range(1, 12));
    }
}
