using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue inside a subordinate clause that opens its sentence reports the words before the comma closing that clause,
/// never the main clause after it.
/// </summary>
public class OpeningClauseContentTests
{
    [Theory]
    [InlineData("While most skippers agreed with much of the plan, the mayor's delay angered the crews.", "agreed", "most skippers", "with much of the plan")]
    [InlineData("Despite leaflets urging calm conduct, the crowd grew restless.", "urging", "leaflets", "calm conduct")]
    [InlineData("Even as Dana Holt was criticizing Nora Vale, however, she came under fire from the board.", "was criticizing", "Dana Holt", "Nora Vale")]
    [InlineData("In asking to question Holt, the harbour board noted the mayor had kept the emails.", "asking", "the harbour board", "to question Holt")]
    public void The_content_ends_at_the_clause_closing_comma(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_question_in_the_opening_clause_names_no_asker_and_skips_the_occasion()
    {
        // Whoever answers in the main clause was asked, and asked nothing (SourcelessCue).
        var attribution = WithCue("When asked at the harbour meeting about the ferry, she defended her decision to press ahead.", "asked");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("about the ferry");
    }

    [Fact]
    public void A_quote_closing_the_clause_keeps_its_closing_mark()
    {
        var attribution = WithCue("Although Nora Vale admitted that the pier was “past saving,” she left the meeting early.", "admitted");

        attribution.Content.Text.Should().Be("that the pier was “past saving,”");
    }

    [Fact]
    public void Quoted_words_joined_by_and_stay_in_the_clause()
    {
        var attribution = WithCue("Although he says he “loves the pier,” and “the pier loves me,” he also blames it for the floods.", "says");

        attribution.Content.Text.Should().StartWith("he “loves the pier,” and “the pier loves me,”");
    }

    [Fact]
    public void A_cue_with_nothing_before_the_comma_reports_nothing()
    {
        var result = ArticleAnalyzer.Analyze("Headline\n\nAfter Dana Holt testified, Nora Vale and her team seemed to shift focus.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "testified");
    }

    [Fact]
    public void Commas_inside_a_dash_aside_close_nothing()
    {
        var attribution = WithCue("Even as she embraces what he believes are their shared assets - youth, charm and luck - she disavows the harbour plan.", "embraces");

        attribution.Content.Text.Should().StartWith("what he believes are their shared assets - youth, charm and luck");
    }

    [Fact]
    public void An_adverb_even_opens_no_clause()
    {
        var attribution = WithCue("Even my own crews say, well, the pier is safe enough for now.", "say");

        attribution.Source!.Mention.Text.Should().Be("my own crews");
    }

    [Fact]
    public void An_as_clause_whose_cue_has_a_clause_of_its_own_tells_the_time()
    {
        var attribution = WithCue("As Mayor Dana Holt announces that she is ready for the fight over the pier, she is set to release new rules.", "announces");

        attribution.Source!.Mention.Text.Should().Be("Mayor Dana Holt");
        attribution.Content.Text.Should().Be("that she is ready for the fight over the pier");
    }

    [Fact]
    public void An_as_clause_whose_cue_names_only_the_one_told_is_a_comment_on_the_main_clause()
    {
        // Counter-example: "told the Gazette" has an object but no clause; the main clause is what she told.
        var attribution = WithCue("As Dana Holt told the Gazette, the pier is safe.", "told");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("the pier is safe");
    }

    [Theory]
    [InlineData("While no skipper seems willing to back the plan, few are calling for a full repair.", "seems", "no skipper seems willing to back the plan")]
    [InlineData("But if she seemed unsure about the harbour plan, her crews backed it.", "seemed", "she seemed unsure about the harbour plan")]
    [InlineData("Although the ferry is expected to sail in May, the pier will stay shut.", "expected", "the ferry is expected to sail in May")]
    public void A_judgement_in_the_opening_clause_ends_with_that_clause(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }
}
