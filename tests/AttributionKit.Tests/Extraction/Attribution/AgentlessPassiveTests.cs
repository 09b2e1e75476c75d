using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A passive cue without its agent names no source; with "by" the agent is the source.</summary>
public class AgentlessPassiveTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Theory]
    [InlineData("Nora Vale was criticized for the plan to close the pier.", "was criticized")]
    [InlineData("The harbour board has been accused of hiding the costs of the pier.", "has been accused")]
    public void An_agentless_passive_has_no_source(string text, string cue)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == cue).Which;

        attribution.Source.Should().BeNull();
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_passive_with_its_agent_keeps_the_agent()
    {
        var attribution = Attributions("Earlier that day, Nora Vale was praised by the harbour board for her work.")
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "was praised").Which;

        attribution.Source!.Mention.Text.Should().Be("the harbour board");
    }

    [Fact]
    public void An_active_cue_keeps_its_subject()
    {
        var attribution = Attributions("Nora Vale criticized the plan to close the pier.")
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "criticized").Which;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("The name of the new pilot was announced on the harbour radio several times.", "was announced", "The name of the new pilot")]
    [InlineData("A photo of the old pier was shown on the big screen.", "was shown", "A photo of the old pier")]
    [InlineData("The plan to close the pier was revealed.", "was revealed", "The plan to close the pier")]
    public void An_agentless_passive_with_no_clause_after_it_reports_its_subject(string text, string cue, string content)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text == cue).Which;

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_agentless_passive_before_a_clause_reports_the_clause()
    {
        // Counter-example: what follows the cue is what was reported, not the subject.
        var attribution = Attributions("It was revealed that the harbour board had hidden the costs.")
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "was revealed").Which;

        attribution.Content.Text.Should().Be("that the harbour board had hidden the costs");
    }

    [Theory]
    [InlineData("He was recommended for the job by Dana Holt.", "was recommended", "Dana Holt", "He")]
    [InlineData("The letter was first reported last week by the Harbour Times.", "was first reported", "the Harbour Times", "The letter")]
    [InlineData("The fee was attacked on the radio by Tom Lane, who cites the pilots.", "was attacked", "Tom Lane", "The fee")]
    [InlineData("Scenes from the film were described to him by a Gazette reporter.", "were described", "a Gazette reporter", "Scenes from the film")]
    [InlineData("The pier plans were shown to them on Monday by Nora Vale.", "were shown", "Nora Vale", "The pier plans")]
    public void An_agent_a_phrase_away_from_the_participle_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void By_a_measure_names_nobody()
    {
        // Counter-example: "by 10 percent" measures, it names no agent.
        var attribution = PlainTextAttributions.WithCue("The fee was announced in May by 10 percent of the board.", "was announced");

        attribution.Source.Should().BeNull();
    }

    [Theory]
    [InlineData("Nora Vale was also endorsed the day before by former rival Dana Holt.", "was also endorsed", "former rival Dana Holt", "Nora Vale")]
    [InlineData("The pier plan was supported Friday by Councillor Dana Holt.", "was supported", "Councillor Dana Holt", "The pier plan")]
    public void An_agent_after_a_time_phrase_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The price of the pier was not disclosed, though the mayor hinted at it.", "was not disclosed", "The price of the pier")]
    [InlineData("Nora Vale was identified as the skipper of the ferry.", "was identified", "Nora Vale")]
    [InlineData("The harbour fee was criticized and then quietly dropped.", "was criticized", "The harbour fee")]
    public void An_agentless_passive_closed_by_a_comma_a_role_or_a_second_participle_reports_its_subject(string text, string cue, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_agentless_passive_before_another_clause_after_and_keeps_that_clause()
    {
        // Counter-example: "and" opening a clause of its own (not a second participle) leaves the old reading.
        var attribution = PlainTextAttributions.WithCue("The ferry was criticized and the mayor promised a review.", "was criticized");

        attribution.Content.Text.Should().NotBe("The ferry");
    }

    [Theory]
    [InlineData("I was told that the pilots did not want to sit near the mayor.", "was told", "that the pilots did not want to sit near the mayor")]
    [InlineData("Dana Holt had been told privately that she would lose narrowly.", "had been told privately", "that she would lose narrowly")]
    [InlineData("The tunnel ran under the pier where, it is said, local sailors once hid their catch.", "is said", "local sailors once hid their catch")]
    [InlineData("Nora Vale is thought to be the likely choice for the harbour board.", "is thought", "to be the likely choice for the harbour board")]
    public void A_passive_of_said_told_or_an_irregular_participle_names_no_source(string text, string cue, string content)
    {
        // The subject of "was told" heard the words, and "it is said" names nobody: no one who said them is named.
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The harbour police were warned about the ferry pilot months ago.", "were warned about")]
    [InlineData("This screening of the crews has been singled out as a major weakness.", "has been singled out")]
    public void A_passive_with_a_particle_or_preposition_names_no_source(string text, string cue)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source.Should().BeNull();
    }

    [Theory]
    [InlineData("Dana Holt was still focused on the ferry.", "was still focused on", "Dana Holt", "the ferry")]
    [InlineData("The crew were also opposed to the new fee.", "were also opposed to", "The crew", "the new fee")]
    [InlineData("The pilots are worried about the storm.", "are worried about", "The pilots", "the storm")]
    public void A_participle_of_stance_or_feeling_keeps_its_subject(string text, string cue, string source, string content)
    {
        // Counter-example: "focused", "opposed" and "worried" tell the subject's own mind; the subject holds the view.
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
