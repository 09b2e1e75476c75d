using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A relative clause of endorsement inside a speaker's name ("said Dana Holt, a pilot who backs the mayor") tells who speaks and is no relation of its own.</summary>
public class RelativeStanceInSourceTests
{
    [Theory]
    [InlineData("Headline\n\n\"The pier must close,\" said Dana Holt, a harbour pilot who backs the mayor.", "Dana Holt, a harbour pilot who backs the mayor", "\"The pier must close,\"")]
    [InlineData("Headline\n\nNora Vale, who has endorsed Holt, said the wall would hold.", "Nora Vale, who has endorsed Holt,", "the wall would hold")]
    [InlineData("Headline\n\n\"The tide is rising,\" said Nora Vale, a councillor who is challenging the mayor.", "Nora Vale, a councillor who is challenging the mayor", "\"The tide is rising,\"")]
    public void The_clause_stays_in_the_source_and_reports_nothing(string text, string source, string content)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle();
    }

    [Fact]
    public void A_clause_of_judging_in_the_source_stays_a_relation()
    {
        var attribution = WithCue("Headline\n\n\"We need the wall,\" said Nora Vale, who criticized the council last year.", "criticized");

        attribution.Source!.Mention.Text.Should().Be("who");
        attribution.Content.Text.Should().Be("the council last year");
    }

    [Fact]
    public void An_endorsement_outside_any_source_stays_a_relation()
    {
        var attribution = WithCue("Headline\n\nThe mayor met Dana Holt, who endorsed the new wall on Monday.", "endorsed");

        attribution.Source!.Mention.Text.Should().Be("who");
        attribution.Content.Text.Should().Be("the new wall on Monday");
    }
}
