using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue: an indefinite pronoun opening the clause ("None", "Nobody", "Everyone") heads the subject, and the
/// phrase after it that restricts it ("of them", "on the pier") belongs to the source.
/// </summary>
public class IndefinitePronounSourceTests
{
    [Theory]
    [InlineData("None of them said the pier was safe.", "None of them")]
    [InlineData("Nobody on the pier said it was safe.", "Nobody on the pier")]
    [InlineData("Everyone at the harbour said it was safe.", "Everyone at the harbour")]
    [InlineData("Someone in the crowd said it was safe.", "Someone in the crowd")]
    [InlineData("Nobody said it was safe.", "Nobody")]
    public void The_pronoun_and_its_phrase_are_the_source(string text, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(text.EndsWith("it was safe.", StringComparison.Ordinal) ? "it was safe" : "the pier was safe");
    }

    [Fact]
    public void A_name_before_a_place_phrase_stays_the_source()
    {
        var attribution = PlainTextAttributions.WithCue("Holt in her first speech said the pier was safe.", "said");

        attribution.Source!.Mention.Text.Should().Be("Holt");
    }
}
