using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// WordsOfLeadIn.BeforeClause: "In her words," or "In the words of Dana Holt," opening a sentence hands the clause after
/// the comma to the possessor, as "according to" does.
/// </summary>
public class WordsOfLeadInBeforeClauseTests
{
    [Theory]
    [InlineData("In her words, the pier is safe.", "In her words", "her")]
    [InlineData("In Holt's words, the pier is safe.", "In Holt's words", "Holt's")]
    [InlineData("In Holt's own words, the pier is safe.", "In Holt's own words", "Holt's")]
    [InlineData("In the words of Dana Holt, the pier is safe.", "In the words of", "Dana Holt")]
    public void The_possessor_says_the_clause(string text, string cue, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier is safe");
    }
}
