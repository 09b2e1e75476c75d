using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A lone conjunction, word of asking or time, or the empty "there" read where a source should stand names no one: the
/// cue keeps its content and has no source.
/// </summary>
public class LoneEmptyWordSourceTests
{
    [Theory]
    [InlineData("But expecting the mayor to change his mind as he turns eighty is naive.", "expecting", "the mayor to change his mind as he turns eighty is naive")]
    [InlineData("There are plans to expand the pier to meet the demands of the ferry.", "are plans", "to expand the pier to meet the demands of the ferry")]
    [InlineData("Why not just say: \"The pier will close\"?", "not just say", "\"The pier will close\"?")]
    [InlineData("Don't ask that.", "ask", "that")]
    public void A_lone_empty_word_is_no_source(string text, string cue, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_lone_verb_in_ing_is_no_source()
    {
        // "being told" names an act; nobody who told is named.
        var attribution = PlainTextAttributions.WithCue("As if the board had not been exposed, we are now being told that the pier is safe.", "told");

        attribution.Source.Should().BeNull();
    }

    [Fact]
    public void A_lone_name_stays_the_source()
    {
        // Counter-example: a one-word name is a source like any other.
        var attribution = PlainTextAttributions.WithCue("But Holt said the pier was safe.", "said");

        attribution.Source!.Mention.Text.Should().Be("Holt");
    }
}
