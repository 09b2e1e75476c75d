using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class RepeatedCueTests
{
    [Fact]
    public void A_quote_inside_a_content_is_not_a_second_relation_of_the_same_cue()
    {
        const string text = "Dana Holt stepped in on Friday, warning that the town would go to the “back of the queue” if it closed the pier.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var attribution = result.Attributions.Should().ContainSingle(a => a.Cue!.Text == "warning").Which;
        attribution.Content.Text.Should().StartWith("that the town would go").And.Contain("“back of the queue”");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Kind.Should().Be(AttributionKind.Mixed);
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_relation_of_another_source_in_a_clause_of_its_own_stays()
    {
        // Counter-example: the inner cue has a source and cue of its own, in a clause of its own.
        const string text = "Nora Vale said the pier would close after Tom Reeve announced the ferry would stop.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Select(a => a.Cue!.Text).Should().Equal("said", "announced");
    }
}
