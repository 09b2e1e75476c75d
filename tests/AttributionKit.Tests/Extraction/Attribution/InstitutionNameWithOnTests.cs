using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue.InstitutionNameGoesOn: an institution's head noun, "on" and a capitalised phrase naming no day or
/// time is one name ("the Joint Committee on Taxation"), not a subject and a phrase saying where it spoke.
/// </summary>
public class InstitutionNameWithOnTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Staff for the Harbour Select Committee on Ferries said the pier would close.", "Staff for the Harbour Select Committee on Ferries", "said", "the pier would close")]
    [InlineData("A 2014 estimate by Harbourtown's Joint Committee on Taxation projected that the pier would close.", "Harbourtown's Joint Committee on Taxation", "projected", "that the pier would close")]
    [InlineData("The Council on Coastal Trade found that the pier would close.", "The Council on Coastal Trade", "found", "that the pier would close")]
    public void The_phrase_after_on_ends_the_name(string text, string source, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_day_after_on_only_dates_the_report()
    {
        AttributionsIn("The Harbour Committee on Monday said the pier would close.")
            .Should().ContainSingle().Which.Source!.Mention.Text.Should().Be("The Harbour Committee");
    }
}
