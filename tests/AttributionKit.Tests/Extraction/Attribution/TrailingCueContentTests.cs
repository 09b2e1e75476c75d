using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A source and cue after the clause they report ("…, his team believes"): what follows the cue belongs to the reported
/// clause only when the cue runs straight into it.
/// </summary>
public class TrailingCueContentTests
{
    [Theory]
    [InlineData("Headline\n\nThe pier will reopen in May, harbour pilots say; in 2012 it stayed shut all year.", "say", "harbour pilots")]
    [InlineData("Headline\n\nThe pier will reopen in May, harbour pilots believe — pilots the port will need.", "believe", "harbour pilots")]
    [InlineData("Headline\n\nThe pier will reopen in May, his team believes, resulting in a rush of bookings.", "believes", "his team")]
    [InlineData("Headline\n\nThe pier will reopen in May, the board said, adding that the ferry would follow.", "said", "the board")]
    public void The_clause_before_is_the_content_when_a_mark_closes_the_cue(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("The pier will reopen in May");
    }

    [Fact]
    public void A_quote_after_the_cue_is_still_its_content()
    {
        WithCue("Headline\n\nIn an interview, Lee said, “We will go.”", "said").Content.Text.Should().Be("“We will go.”");
    }

    [Theory]
    [InlineData("Headline\n\nOn Friday, as the parade went by, the Courier reported at least six planes circled the pier.", "at least six planes circled the pier")]
    [InlineData("Headline\n\nThe board reported at most two ferries ran that week.", "at most two ferries ran that week")]
    public void At_least_and_at_most_open_a_count_not_a_phrase_of_place(string text, string content)
    {
        WithCue(text, "reported").Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_phrase_of_place_after_the_cue_still_belongs_to_it()
    {
        WithCue("Headline\n\nThe pier will reopen in May, the board reported at its meeting.", "reported").Content.Text.Should().Be("The pier will reopen in May");
    }

    [Fact]
    public void A_participle_of_saying_after_a_quote_tag_is_a_relation_of_the_tag_speaker()
    {
        var attribution = WithCue("Headline\n\n\"I took harbour money but it didn't affect me?\" he said, paraphrasing the mayor's remarks at the debate.", "paraphrasing");

        attribution.Source!.Mention.Text.Should().Be("he");
        attribution.Content.Text.Should().Be("the mayor's remarks at the debate");
    }
}
