using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class InfinitiveAfterObjectTests
{
    private static Model.Attribution Cue(string text, string cue) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle(a => a.Cue!.Text.EndsWith(cue, StringComparison.Ordinal)).Which;

    [Fact]
    public void What_was_urged_is_the_infinitive_after_the_one_urged()
    {
        var attribution = Cue("Dana Holt urged skippers to vote for the harbour plan, saying the pier could not wait.", "urged");

        attribution.Content.Text.Should().Be("to vote for the harbour plan");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_negation_before_the_infinitive_is_part_of_what_was_asked()
    {
        var attribution = Cue("Nora Vale asked her supporters not to stage protests at the pier.", "asked");

        attribution.Content.Text.Should().Be("not to stage protests at the pier");
    }

    [Fact]
    public void A_question_asked_keeps_its_clause()
    {
        // Counter-example: "asked if …" puts a question; "to vote" inside it is no infinitive after an object.
        var attribution = Cue("Dana Holt also asked if skippers would be willing to vote for the plan.", "asked");

        attribution.Content.Text.Should().StartWith("if skippers would be willing");
    }

    [Fact]
    public void A_to_before_a_determiner_is_no_infinitive()
    {
        // Counter-example: "warned the board to its face that …": "to its face" is a phrase; the clause is the content.
        var attribution = Cue("Dana Holt warned the board to its face that the pier would close in May.", "warned");

        attribution.Content.Text.Should().Contain("the pier would close in May");
    }

    [Fact]
    public void The_one_emailed_stands_between_the_cue_and_what_was_said()
    {
        // tell-verbs.txt: "emailed" takes its addressee as an object, like "told".
        var attribution = Cue("The harbour board emailed reporters that the pier would reopen in spring.", "emailed");

        attribution.Source!.Mention.Text.Should().Be("The harbour board");
        attribution.Content.Text.Should().Be("that the pier would reopen in spring");
    }
}
