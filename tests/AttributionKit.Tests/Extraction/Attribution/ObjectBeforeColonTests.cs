using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue whose object stands before the colon closing its paragraph ("The Gazette also noted the sparse attendance:")
/// reports that object; an object pointing ahead ("issued the following statement:") stands for the words after the colon.
/// </summary>
public sealed class ObjectBeforeColonTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Fact]
    public void The_object_before_the_colon_is_the_content()
    {
        // Rule: CueObject.ObjectBeforeColon — what the paper noted is the attendance.
        var attribution = Attributions("The Harbour Gazette also noted the relatively sparse attendance:\n\nOnly a few pilots came to the pier.")
            .Should().ContainSingle(a => a.Cue!.Text == "also noted").Which;

        attribution.Source!.Mention.Text.Should().Be("The Harbour Gazette");
        attribution.Content.Text.Should().Be("the relatively sparse attendance");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_that_clause_before_the_colon_is_the_content()
    {
        var attribution = Attributions("As the mayors sparred over the ferry fares, Nora Vale pointed out that the pier was largely ignored:\n\nNobody asked about it.")
            .Should().ContainSingle(a => a.Cue!.Text == "pointed out").Which;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("that the pier was largely ignored");
    }

    [Fact]
    public void An_object_pointing_ahead_is_not_the_content()
    {
        // Counter-example: "the following statement" stands for the words after the colon.
        Attributions("Mayor Dana Holt issued the following statement:\n\nThe pier will reopen on Monday.")
            .Should().NotContain(a => a.Content.Text == "the following statement");
    }
}
