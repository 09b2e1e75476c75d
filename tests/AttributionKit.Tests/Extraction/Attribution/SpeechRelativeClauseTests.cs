using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SpeechRelativeClause (relative-clause-speech-verbs.txt): a "who" clause on a source that tells of the source's own
/// speaking ("who said …", "who spoke on condition of anonymity", "who declined to comment") is no part of the source;
/// a clause that describes the source stays.
/// </summary>
public class SpeechRelativeClauseTests
{
    [Theory]
    [InlineData("Dana Holt, who said the pier was unsafe, told the council that repairs must wait.", "told", "Dana Holt", "that repairs must wait")]
    [InlineData("Nora Vale, who has also said she wants a new harbour master, argued that the ferry should run.", "argued", "Nora Vale", "that the ferry should run")]
    [InlineData("An aide to the mayor, who spoke on condition of anonymity, said the budget would be cut.", "said", "An aide to the mayor", "the budget would be cut")]
    [InlineData("A harbour pilot who requested anonymity said the tides were too high.", "said", "A harbour pilot", "the tides were too high")]
    [InlineData("Nora Vale, who declined to comment on the vote, has argued that the pier should close.", "has argued", "Nora Vale", "that the pier should close")]
    [InlineData("Dana Holt, who did not respond to a request for comment, has denied that the pier was sold.", "has denied", "Dana Holt", "that the pier was sold")]
    public void A_clause_of_speaking_is_cut_from_the_source(string text, string cue, string source, string content)
    {
        // Rule: the clause reports (or sets the terms of) the source's speaking; it does not say who the source is.
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt, who runs the ferry, said the tides were too high.", "Dana Holt, who runs the ferry,", "the tides were too high")]
    [InlineData("A pilot who backs Vale said the harbour was safe.", "A pilot who backs Vale", "the harbour was safe")]
    public void A_clause_that_describes_the_source_stays(string text, string source, string content)
    {
        // Counter-example: running the ferry or backing Vale tells who the source is.
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
