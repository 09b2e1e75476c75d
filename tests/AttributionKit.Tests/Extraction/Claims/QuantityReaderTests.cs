using AttributionKit.Extraction.Claims;
using AttributionKit.Text;

namespace AttributionKit.Tests.Extraction.Claims;

public class QuantityReaderTests
{
    private static List<Quantity> Read(string text) => QuantityReader.Read(LexicalTokenizer.Tokenize(text, 0, text.Length), 0);

    [Fact]
    public void Reads_counts_with_their_unit_lemma_and_time_frame()
    {
        var q = Read("Russia launched 200 drones in one night.").Should().ContainSingle().Subject;

        (q.Value, q.Unit, q.Frame, q.IsPart).Should().Be((200d, "drone", "night", false));
    }

    [Fact]
    public void Reads_the_part_and_the_total_of_x_of_y()
    {
        const string text = "Ukraine intercepted 76 of 112 drones overnight.";
        var quantities = Read(text);

        quantities.Select(q => (q.Value, q.IsPart, q.Unit, q.Frame)).Should().Equal((76d, true, "drone", "night"), (112d, false, "drone", "night"));
        text[quantities[1].Range.Start..quantities[1].Range.End].Should().Be("76 of 112 drones");
    }

    [Fact]
    public void Reads_amounts_with_multipliers_and_bounds()
    {
        var amount = Read("The plan will cost $2.3 billion.").Should().ContainSingle().Subject;
        amount.Value.Should().Be(2.3e9);
        amount.Unit.Should().Be("$");

        var bound = Read("Russia accused Kyiv of over 14,000 violations.").Should().ContainSingle().Subject;
        (bound.Low, bound.High).Should().Be((14000d, double.PositiveInfinity));
    }

    [Theory]
    [InlineData("The kingdom gave between $10 million and $25 million to the foundation.")]
    [InlineData("The convention is $10 million to $25 million short.")]
    [InlineData("The brothers are each worth either $10 million or $25 million, depending on the list.")]
    public void Two_figures_of_one_unit_joined_as_a_range_or_a_choice_both_stand_for_the_range(string text)
    {
        var quantities = Read(text);

        quantities.Select(q => (q.Value, q.Low, q.High)).Should().Equal((10e6, 10e6, 25e6), (25e6, 10e6, 25e6));
    }

    [Fact]
    public void Figures_in_a_list_or_of_different_units_are_no_range()
    {
        Read("It spent $10 million on ads, $25 million on staff.").Select(q => (q.Low, q.High)).Should().Equal((10e6, 10e6), (25e6, 25e6));
        Read("It sent 10 drones and 25 missiles.").Select(q => (q.Low, q.High)).Should().Equal((10d, 10d), (25d, 25d));
    }

    [Fact]
    public void The_words_near_a_figure_in_its_clause_tell_what_it_counts_but_not_verbs_multipliers_or_time()
    {
        var plan = Read("Many critics of the $3.2 billion plan objected, the minister said.").Should().ContainSingle().Subject;
        plan.Nearby.Should().BeEquivalentTo("critic", "plan");

        var raised = Read("Last year the campaign raised $58 million, donors say.").Should().ContainSingle().Subject;
        raised.Nearby.Should().BeEquivalentTo("campaign");
    }

    [Theory]
    [InlineData("The talks on May 18 ended at 10:00 AM.")]
    [InlineData("They agreed to a 30-day ceasefire during the 2024 summit.")]
    [InlineData("The negotiations lasted 12 hours.")]
    public void Dates_times_years_modifiers_and_time_spans_are_not_quantities(string text) =>
        Read(text).Should().BeEmpty();

    [Fact]
    public void Skips_an_adjective_between_figure_and_unit()
    {
        var q = Read("Ukraine reported 734 Russian violations within 12 hours.").Should().ContainSingle().Subject;

        (q.Unit, q.Frame).Should().Be(("violation", "12 hours"));
    }
}
