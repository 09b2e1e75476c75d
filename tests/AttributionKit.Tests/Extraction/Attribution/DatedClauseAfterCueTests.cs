using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// DatedClauseAfterCue: a phrase of time or occasion between a reporting verb and a reported clause without "that"
/// ("Holt said Monday the pier would close") dates the saying and is no part of the content.
/// </summary>
public class DatedClauseAfterCueTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Dana Holt said Monday the pier would close.", "Dana Holt", "said", "the pier would close")]
    [InlineData("Dana Holt said Tuesday night she would resign.", "Dana Holt", "said", "she would resign")]
    [InlineData("Dana Holt said on Friday the ferry would stop.", "Dana Holt", "said", "the ferry would stop")]
    [InlineData("Dana Holt said last week there was no plan to close the pier.", "Dana Holt", "said", "there was no plan to close the pier")]
    [InlineData("Dana Holt said earlier the ferry would stop.", "Dana Holt", "said", "the ferry would stop")]
    [InlineData("Dana Holt said in a statement the ferry would stop.", "Dana Holt", "said", "the ferry would stop")]
    [InlineData("Dana Holt said at a news conference the ferry would stop.", "Dana Holt", "said", "the ferry would stop")]
    [InlineData("Nora Vale announced on Tuesday the pier would close.", "Nora Vale", "announced", "the pier would close")]
    [InlineData("Nora Vale told reporters Friday the ferry would stop.", "Nora Vale", "told", "the ferry would stop")]
    [InlineData("Nora Vale has been saying for months that the ferry would stop.", "Nora Vale", "has been saying", "that the ferry would stop")]
    public void The_phrase_before_the_clause_is_left_out_of_the_content(string text, string source, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_day_followed_by_a_verb_is_what_was_said()
    {
        // Counter-example: in "said Friday was the deadline" the day is the subject of the reported clause.
        var attribution = AttributionsIn("Dana Holt said Friday was the deadline.").Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("Friday was the deadline");
    }
}
