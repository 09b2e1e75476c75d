using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"In their view, …", "…, in Professor Vale's view, …", "…, in Holt's view.": the clause is the possessor's view.</summary>
public sealed class PossessedViewpointTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Theory]
    [InlineData("In their view, harbour towns could pick off the ferry routes.", "their", "harbour towns could pick off the ferry routes")]
    [InlineData("The only other necessary step, in Professor Nora Vale's view, would be more support for the pier.", "Professor Nora Vale's", "would be more support for the pier")]
    [InlineData("The pier deal was handled appropriately, in Dana Holt's view.", "Dana Holt's", "The pier deal was handled appropriately")]
    public void The_clause_is_the_possessor_s_view(string text, string source, string content)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue!.Text == "view").Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_view_phrase_without_commas_is_not_read()
    {
        // Counter-example: inside a relative clause without commas the phrase opens no clause of its own.
        Attributions("Harbour crime has grown, which in his view is the mayor's fault.")
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == "view");
    }
}
