using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Sources made of a list of plain nouns or roles joined by commas and a final "and" before the cue.</summary>
public class SubjectListTests
{
    [Fact]
    public void A_noun_ending_in_ly_after_a_possessive_opens_the_list()
    {
        var attribution = WithCue("Her family, friends and neighbours say she was always kind.", "say");

        attribution.Source!.Mention.Text.Should().Be("Her family, friends and neighbours");
        attribution.Content.Text.Should().Be("she was always kind");
    }

    [Fact]
    public void The_list_stops_at_an_opening_adverbial()
    {
        var attribution = WithCue("Throughout the night, his family, friends and neighbours said the captain was brave.", "said");

        attribution.Source!.Mention.Text.Should().Be("his family, friends and neighbours");
        attribution.Content.Text.Should().Be("the captain was brave");
    }

    [Fact]
    public void Roles_after_a_possessive_joined_by_a_bare_and_are_one_source()
    {
        var attribution = WithCue("The harbour board's lawyer, treasurer and strategist said the pier would close.", "said");

        attribution.Source!.Mention.Text.Should().Be("The harbour board's lawyer, treasurer and strategist");
        attribution.Content.Text.Should().Be("the pier would close");
    }

    [Fact]
    public void Two_nouns_after_an_opening_phrase_are_no_longer_list()
    {
        var attribution = WithCue("In Bath, pilots and clerks said the pier was unsafe.", "said");

        attribution.Source!.Mention.Text.Should().NotStartWith("In Bath");
        attribution.Content.Text.Should().Be("the pier was unsafe");
    }

    [Theory]
    [InlineData("Dana Holt, the fund's lawyer, treasurer and strategist, said the pier would close.", "Dana Holt, the fund's lawyer, treasurer and strategist,")]
    [InlineData("Dana Holt, a lawyer, writer and pilot, said the pier would close.", "Dana Holt, a lawyer, writer and pilot,")]
    public void A_list_of_roles_in_an_appositive_belongs_to_the_source(string sentence, string source)
    {
        var attribution = WithCue(sentence, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would close");
    }
}
