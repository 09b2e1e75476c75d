using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>An object pronoun after a preposition is never the subject of a cue: the phrase it ends is.</summary>
public class PrepositionObjectSourceTests
{
    [Theory]
    [InlineData("Headline\n\nA source close to him said the pier would reopen.", "A source close to him", "the pier would reopen")]
    [InlineData("Headline\n\nPeople familiar with them say the pier would reopen.", "People familiar with them", "the pier would reopen")]
    [InlineData("Headline\n\nThe pier would reopen in May, a source close to him said.", "a source close to him", "The pier would reopen in May")]
    public void The_phrase_the_pronoun_ends_is_the_source(string text, string source, string content)
    {
        var attribution = WithCue(text, text.Contains("say ", StringComparison.Ordinal) ? "say" : "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Headline\n\nThe mayor met him and said the pier would reopen.", "The mayor")]
    [InlineData("Headline\n\nLee spoke to him and said the pier would reopen.", "Lee")]
    public void A_pronoun_object_of_an_earlier_verb_stays_out(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("Headline\n\nYet another said the pier would reopen.")]
    [InlineData("Headline\n\nBut another said the pier would reopen.")]
    public void Another_standing_alone_names_one_more_person(string text)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("another");
        attribution.Content.Text.Should().Be("the pier would reopen");
    }
}
