using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class DatedSayingTests
{
    private static Model.Attribution Said(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

    [Fact]
    public void A_day_and_a_place_after_the_cue_leave_the_clause_before_as_content()
    {
        var attribution = Said("The harbour plan is a disgrace, Dana Holt said Tuesday in Rockland.");

        attribution.Content.Text.Should().Be("The harbour plan is a disgrace");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_day_and_an_occasion_after_the_cue_leave_the_clause_before_as_content()
    {
        var attribution = Said("The ferry will run all winter, Nora Vale insisted Thursday during a tour of the pier.");

        attribution.Content.Text.Should().Be("The ferry will run all winter");
        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_day_before_a_that_clause_keeps_the_clause_after_the_cue()
    {
        // Counter-example: "said Sunday in Rockland that …": what follows "that" is what was said.
        var attribution = Said("Dana Holt said Sunday in Rockland that the ferry will run all winter.");

        attribution.Content.Text.Should().Contain("the ferry will run all winter");
    }

    [Fact]
    public void A_day_before_an_infinitive_keeps_the_promise_after_the_cue()
    {
        // Counter-example: "promised Monday to repair …" is what was promised, with no clause before the source.
        var attribution = Said("The harbour board promised Monday to repair the pier before spring.");

        attribution.Content.Text.Should().Contain("to repair the pier");
    }

    [Fact]
    public void A_connective_before_the_source_is_no_clause_to_report()
    {
        // Counter-example: "However, … said Thursday on Twitter, “…”": the quote after is what was said.
        var attribution = ArticleAnalyzer.Analyze("However, the harbour board said Thursday on Twitter, “We have no plans to close the pier.”", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Content.Text.Should().Contain("no plans to close the pier");
    }
}
