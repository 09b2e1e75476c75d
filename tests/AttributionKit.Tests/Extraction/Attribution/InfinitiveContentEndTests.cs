using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// InfinitiveContentEnd: an infinitive content ends at a comma before "but", "and" or "while" that opens the writer's
/// next clause with its own subject and verb; a list after "and" stays in the content.
/// </summary>
public class InfinitiveContentEndTests
{
    [Theory]
    [InlineData("Nora Vale wants to make the ferry free, but her plan would need the help of the towns.", "wants", "Nora Vale", "to make the ferry free")]
    [InlineData("Dana Holt vowed to close the pier, and the crowd cheered.", "vowed", "Dana Holt", "to close the pier")]
    [InlineData("Dana Holt plans to fund piers, ferries and the old harbour.", "plans", "Dana Holt", "to fund piers, ferries and the old harbour")]
    public void The_infinitive_ends_before_the_writers_next_clause(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_relative_clause_after_the_cut_keeps_its_own_report()
    {
        var attribution = WithCue("Nora Vale wants to make the ferry free, but her plan would need the help of states that may not want to chip in.", "may not want");

        attribution.Source!.Mention.Text.Should().Be("that");
        attribution.Content.Text.Should().Be("to chip in");
    }
}
