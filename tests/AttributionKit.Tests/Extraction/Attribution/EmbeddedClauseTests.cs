using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A reporting clause inside reported content that stands in a clause of its own is a relation of its own.</summary>
public class EmbeddedClauseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Nora Vale said the pier would close after Tom Reeve announced the ferry would stop.")]
    [InlineData("Nora Vale said the pier would close in Dover, where Tom Reeve said the ferry would stop.")]
    public void A_reporting_clause_in_a_clause_of_its_own_is_kept_beside_the_outer_one(string text)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Content.Text.StartsWith("the pier would close", StringComparison.Ordinal));
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Tom Reeve" && a.Content.Text == "the ferry would stop" && a.Kind == AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("Nora Vale said that Tom Reeve announced the ferry would stop.")]
    [InlineData("Nora Vale said the pier would close if Tom Reeve announced the ferry would stop.")]
    public void A_reporting_clause_that_is_part_of_the_content_stays_in_it(string text)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Contain("Tom Reeve announced the ferry would stop");
    }

    [Theory]
    [InlineData("the pier would close after Tom Reeve announced", "Tom Reeve", true)]
    [InlineData("the pier, which Tom Reeve said", "Tom Reeve", true)]
    [InlineData("the pier — Tom Reeve said", "Tom Reeve", true)]
    [InlineData("the pier would close and Tom Reeve announced", "Tom Reeve", false)]
    [InlineData("that Tom Reeve announced", "Tom Reeve", false)]
    public void Tells_a_clause_of_its_own_from_one_inside_the_content(string text, string source, bool apart)
    {
        var start = text.IndexOf(source, StringComparison.Ordinal);
        var inner = new AttributionDraft
        {
            Source = new TextRange(start, start + source.Length),
            Content = new TextRange(text.Length, text.Length),
        };

        EmbeddedClause.StandsApart(text, inner, new TextRange(0, text.Length)).Should().Be(apart);
    }

    [Fact]
    public void A_say_after_who_inside_the_content_is_kept_beside_the_outer_one()
    {
        var attributions = Analyze("Sixty percent of pilots say they trust the new pier, compared with 40 percent who say the same of the old one.").Attributions;

        attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == "say" && a.Source!.Mention.Text == "who"
            && a.Content.Text == "the same of the old one");
    }

    [Fact]
    public void A_stance_after_who_inside_the_content_stays_in_it()
    {
        // Counter-example: only a say after "who" stands apart; "who oppose" is part of what the outer source said.
        var attributions = Analyze("Nora Vale said the pilots who oppose the plan would leave the port.").Attributions;

        attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "oppose");
    }

    [Theory]
    [InlineData("Dana Holt made no mention of Nora Vale, who announced she would run for the harbour board.", "Nora Vale", "announced", "she would run for the harbour board")]
    [InlineData("Dana Holt thanked the pilots, who have praised the new pier.", "the pilots", "have praised", "the new pier")]
    public void A_report_after_a_comma_and_who_inside_the_content_is_kept_beside_the_outer_one(string text, string person, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Content.Text.StartsWith(person + ",", StringComparison.Ordinal));
        attributions.Should().Contain(a => a.Cue != null && a.Cue.Text == cue && a.Source!.Mention.Text == "who" && a.Content.Text == content);
    }

    [Fact]
    public void A_progressive_after_a_comma_and_who_describes_the_person_inside_the_content()
    {
        // Counter-example: "who is challenging" tells what the person is busy with, a description within the content.
        var attributions = Analyze("Dana Holt praised Nora Vale, who is challenging the mayor for the seat.").Attributions;

        attributions.Should().ContainSingle().Which.Content.Text.Should().Be("Nora Vale, who is challenging the mayor for the seat");
        attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.Contains("challenging", StringComparison.Ordinal));
    }
}
