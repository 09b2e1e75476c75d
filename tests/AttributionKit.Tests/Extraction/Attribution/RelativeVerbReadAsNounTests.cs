using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A relative clause without commas whose verb and bare object stand right before the cue ("Pilots who own
/// boats say"): the verb is not read as the first word of a noun phrase; the subject is the head with its clause.</summary>
public class RelativeVerbReadAsNounTests
{
    [Theory]
    [InlineData("Pilots who own boats say the harbour fee is too high.", "say", "Pilots who own boats", "the harbour fee is too high")]
    [InlineData("Some who advocate free speech argue that the pier should stay open.", "argue", "Some who advocate free speech", "that the pier should stay open")]
    [InlineData("Residents who advocate reform argue that the pier should stay open.", "argue", "Residents who advocate reform", "that the pier should stay open")]
    public void The_head_with_its_relative_clause_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_plural_noun_after_who_is_the_clause_subject_and_keeps_the_cue()
    {
        // Counter-example: in "the pilot who officials say", "officials" are the ones saying; they stay the source.
        var attribution = WithCue("Nora Vale is the pilot who officials say saw the ferry sink.", "say");

        attribution.Source!.Mention.Text.Should().Be("officials");
    }
}
