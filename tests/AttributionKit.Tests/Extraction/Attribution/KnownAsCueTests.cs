using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"known as", "known for": a name or a reputation people in general hold, an attribution with no source.</summary>
public class KnownAsCueTests
{
    [Theory]
    [InlineData("The harbour vote came in the week known as Storm Week.", "Storm Week")]
    [InlineData("Nora Vale is known for her long speeches, but the board listened.", "her long speeches")]
    [InlineData("The port authority is also known by its old name, the Pier Trust.", "its old name")]
    public void A_reputation_or_a_name_is_attributed_to_nobody_named(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Cue!.Text.Should().StartWith("known ");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Nora Vale, a well-known pilot, moored at the pier.")]
    [InlineData("Tom Lane has known Nora Vale for two decades.")]
    [InlineData("The lesser-known harbour reopened in May.")]
    public void An_adjective_or_an_acquaintance_is_no_cue(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_known_is_no_cue()
    {
        ArticleAnalyzer.Analyze("Nora Vale said the pier was “known as the Trap” among pilots.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.StartsWith("known", StringComparison.Ordinal));
    }
}
