using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// StateNounBeforeRelative: "states that" after a determiner or number, or before a verb with no subject of its own,
/// is the noun and its relative clause and no cue; "states that" before a clause with its own subject stays a cue.
/// </summary>
public class StateNounBeforeRelativeTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The dozen states that held primaries on Tuesday favoured Nora Vale.")]
    [InlineData("Dana Holt hopes to carry the four states that vote next week.")]
    [InlineData("Harbour states that have lost ferry jobs will decide the race.")]
    [InlineData("Most coastal states that will hold contests in May lean toward Vale.")]
    public void A_noun_before_a_relative_clause_is_no_cue(string text)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.Contains("states", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The pier ruling states that the ferry must stay open.", "The pier ruling", "the ferry must stay open")]
    [InlineData("The harbour code states that boats must leave by dawn.", "The harbour code", "boats must leave by dawn")]
    public void A_text_stating_a_clause_stays_a_cue(string text, string source, string content)
    {
        var attribution = WithCue(text, "states that");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
