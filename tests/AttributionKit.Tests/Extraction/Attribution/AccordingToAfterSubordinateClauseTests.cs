using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"According to X" between a subordinate clause opening the sentence and its main clause credits the main clause.</summary>
public class AccordingToAfterSubordinateClauseTests
{
    [Theory]
    [InlineData("Headline\n\nWhile most ferries were late, according to a port official, two ran on time.", "a port official", "two ran on time")]
    [InlineData("Headline\n\nSince last November, according to the Courier, nine ferries have sunk.", "the Courier", "nine ferries have sunk")]
    public void The_main_clause_after_the_source_is_the_content(string text, string source, string content)
    {
        var attribution = WithCue(text, "according to");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_sentence_whose_main_clause_stands_before_the_cue_keeps_it()
    {
        var attribution = WithCue("Headline\n\nWhen the tide is high, the pier floods, according to Ann Lee, head of the harbour board, and other pilots.", "according to");

        attribution.Content.Text.Should().Contain("the pier floods");
    }
}
