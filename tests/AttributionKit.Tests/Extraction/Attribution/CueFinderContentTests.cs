using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Which words a reporting cue attributes.</summary>
public class CueFinderContentTests
{
    [Theory]
    [InlineData("While the pilots have pushed for new talks, Nora Vale said this was the last chance to save the pier.", "this was the last chance to save the pier")]
    [InlineData("While the pilots have pushed for new talks, Nora Vale said last year’s plan was the only chance to save the pier.", "last year’s plan was the only chance to save the pier")]
    public void This_or_last_opening_a_clause_starts_the_content(string text, string content)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_time_phrase_after_the_cue_is_not_the_content()
    {
        var attribution = WithCue("The pier will reopen in May, Nora Vale said this week.", "said");

        attribution.Content.Text.Should().Be("The pier will reopen in May");
    }

    [Fact]
    public void A_participle_after_a_trailing_cue_takes_that_cues_source()
    {
        var result = ArticleAnalyzer.Analyze("The pilots left the pier before noon, Nora Vale said, adding, “They were not worried.”", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "The pilots left the pier before noon");
        result.Attributions.Should().Contain(a => a.Cue!.Text == "adding" && a.Source!.Mention.Text == "Nora Vale");
    }

    [Fact]
    public void A_participle_without_an_earlier_cue_takes_the_sentence_subject()
    {
        var attribution = WithCue("The pilots waited at the pier until noon, adding that they were not worried.", "adding");

        attribution.Source!.Mention.Text.Should().Be("The pilots");
    }

    [Theory]
    [InlineData("The harbour plan, opposed by the pilots’ union, never became law.", "opposed", "the pilots’ union", "The harbour plan")]
    [InlineData("Earlier that day, Nora Vale was praised by the harbour board for her work.", "was praised", "the harbour board", "Nora Vale")]
    [InlineData("The pier described by the mayor on Tuesday was a busy one.", "described", "the mayor", "The pier")]
    public void A_passive_cue_credits_its_agent_with_what_it_acts_on(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The pilots were worried by the storm, and the harbour closed.")]
    [InlineData("The pier was damaged by the storm overnight.")]
    public void A_feeling_or_an_event_in_the_passive_credits_no_agent(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "the storm");
    }

    [Fact]
    public void A_poll_showing_a_result_is_its_source()
    {
        var attribution = WithCue("The mayor will need their votes, with recent polls showing a tight race for the harbour seat.", "showing");

        attribution.Source!.Mention.Text.Should().Be("recent polls");
        attribution.Content.Text.Should().Be("a tight race for the harbour seat");
    }

    [Fact]
    public void A_rise_in_the_polls_is_no_poll_attribution()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale says her rise in the polls shows that voters want a new pier.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "the polls");
    }

    [Fact]
    public void A_named_poll_attributes_its_figures()
    {
        var attribution = WithCue("In a Coast Radio poll, 52 percent backed the harbour plan.", "In");

        attribution.Source!.Mention.Text.Should().Be("a Coast Radio poll");
    }

    [Fact]
    public void A_present_verb_after_a_past_cue_continues_the_reported_clause()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale said the board is neutral and supports pilots on both sides.", ArticleFormat.Text, Samples.Options);

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("the board is neutral and supports pilots on both sides");
    }

    [Fact]
    public void A_past_verb_after_a_past_cue_is_a_cue_of_the_same_speaker()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale said the pier would reopen and added that repairs had begun.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Content.Text == "the pier would reopen");
        result.Attributions.Should().Contain(a => a.Cue!.Text == "added" && a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "that repairs had begun");
    }

    [Theory]
    [InlineData("Nora Vale voiced concern about the pier.", "voiced", "concern about the pier")]
    [InlineData("Nora Vale sided with the pilots on the pier.", "sided with", "the pilots on the pier")]
    [InlineData("Nora Vale downplayed the damage to the pier.", "downplayed", "the damage to the pier")]
    [InlineData("Nora Vale took issue with the board’s plan.", "took issue with", "the board’s plan")]
    public void Verbs_of_voicing_and_stance_are_cues(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("She fears that the board will not reopen the pier.", "fears", "She", "that the board will not reopen the pier")]
    [InlineData("The pilot even hypothesized the pier could be sold to the port.", "even hypothesized", "The pilot", "the pier could be sold to the port")]
    public void Verbs_of_fear_and_conjecture_are_cues(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Fears_as_a_noun_is_no_cue()
    {
        ArticleAnalyzer.Analyze("Fears grew along the pier.", ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_voice_as_a_noun_is_no_cue()
    {
        ArticleAnalyzer.Analyze("The pier lost a voice in the debate.", ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void Reportedly_attributes_its_sentence_to_unnamed_reports()
    {
        var attribution = WithCue("The harbour board has reportedly hired a new pilot.", "reportedly");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("The harbour board has reportedly hired a new pilot");
    }

    [Fact]
    public void Reportedly_beside_another_cue_adds_nothing()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale said the board has reportedly hired a new pilot.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle().Which.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_cue_in_an_opening_subordinate_clause_reports_only_that_clause()
    {
        var attribution = WithCue("When the clerk refused to resign, the mayor began attacking her.", "refused");

        attribution.Source!.Mention.Text.Should().Be("the clerk");
        attribution.Content.Text.Should().Be("to resign");
    }

    [Fact]
    public void A_subordinate_clause_right_after_that_stays_in_what_was_said()
    {
        var attribution = WithCue("Nora Vale has said that while she doubts the plan, the pier must reopen.", "has said");

        attribution.Content.Text.Should().Be("that while she doubts the plan, the pier must reopen");
    }

    [Fact]
    public void A_comma_inside_quoted_words_does_not_end_a_subordinate_clause()
    {
        var attribution = WithCue("When the mayor called it “the oldest, finest pier in Maine,” the crowd cheered.", "called");

        attribution.Content.Text.Should().Contain("finest pier in Maine");
    }
}
