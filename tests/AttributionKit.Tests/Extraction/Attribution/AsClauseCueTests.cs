using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class AsClauseCueTests
{
    private static Model.Attribution[] All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    private static Model.Attribution WithCue(string text, string cue) =>
        All(text).Should().ContainSingle(a => a.Cue != null && a.Cue.Text.StartsWith(cue, StringComparison.Ordinal)).Which;

    [Fact]
    public void A_trailing_as_clause_reports_the_clause_before_it()
    {
        var attribution = WithCue("The harbour board also met with the ferry operator that day, as The Western Courier reported on Tuesday.", "reported");

        attribution.Content.Text.Should().Be("The harbour board also met with the ferry operator that day");
        attribution.Source!.Mention.Text.Should().Be("The Western Courier");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_trailing_as_clause_with_an_auxiliary_reports_the_clause_before_it()
    {
        var attribution = WithCue("The numbers changed over the summer, as Dana Holt has sometimes acknowledged.", "has sometimes acknowledged");

        attribution.Content.Text.Should().Be("The numbers changed over the summer");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_leading_as_clause_reports_the_clause_after_its_comma()
    {
        var attribution = WithCue("As the Rockland Gazette observed, the harbour board now controls both piers.", "observed");

        attribution.Content.Text.Should().Be("the harbour board now controls both piers");
        attribution.Source!.Mention.Text.Should().Be("the Rockland Gazette");
    }

    [Fact]
    public void A_trailing_as_clause_with_a_place_phrase_reports_the_clause_before_it()
    {
        var attribution = WithCue("He never filled the hall, as a harbour reporter noted at the time.", "noted");

        attribution.Content.Text.Should().Be("He never filled the hall");
        attribution.Source!.Mention.Text.Should().Be("a harbour reporter");
    }

    [Fact]
    public void An_as_clause_whose_verb_has_a_clause_of_its_own_keeps_that_clause()
    {
        // Counter-example: "as Holt said that …": the verb has its own content; this is a clause of time.
        var attribution = WithCue("The crowd cheered as Dana Holt said that the pier would reopen.", "said");

        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Theory]
    [InlineData("The pier reopened as soon as the board said so.")]
    [InlineData("Skippers as well as the board said nothing.")]
    [InlineData("Groups such as the union said nothing.")]
    public void Other_uses_of_as_are_no_as_clause(string text)
    {
        // Counter-examples: "as soon as", "as well as", "such as" open no clause reporting the words before them.
        All(text).Should().NotContain(a => a.Content.Text.StartsWith("The pier reopened", StringComparison.Ordinal)
            || a.Content.Text.StartsWith("Skippers", StringComparison.Ordinal) || a.Content.Text.StartsWith("Groups", StringComparison.Ordinal));
    }

    [Fact]
    public void An_as_clause_in_the_middle_of_its_sentence_does_not_take_the_words_before_it()
    {
        // Counter-example: "In the old harbour town, as Holt reported, …": the opening phrase is no clause reported.
        All("In the old harbour town, as Dana Holt reported, the board members had lavish houses by the pier.")
            .Should().NotContain(a => a.Content.Text == "In the old harbour town");
    }

    [Fact]
    public void An_as_clause_between_dashes_does_not_take_the_words_before_it()
    {
        // Counter-example: "…, which — as Holt noted recently in the Gazette — promises …": an aside inside a clause.
        All("The statements match the new harbour advert, which — as Dana Holt noted recently in the Gazette — promises to stop the closures.")
            .Should().NotContain(a => a.Content.Text.EndsWith("which", StringComparison.Ordinal));
    }

    [Fact]
    public void An_as_clause_after_an_opening_connective_reports_the_clause_after_its_comma()
    {
        var attribution = WithCue("But as a harbour reporter noted, he didn’t even fill the hall to the back row.", "noted");

        attribution.Content.Text.Should().Be("he didn’t even fill the hall to the back row");
        attribution.Source!.Mention.Text.Should().Be("a harbour reporter");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void As_soon_as_after_an_opening_connective_is_no_as_clause()
    {
        // Counter-example: "But as soon as the board said so, …": a clause of time, whose verb reports "so".
        All("But as soon as the harbour board said so, the pier reopened to the ferries.")
            .Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("soon", StringComparison.Ordinal));
    }
}
