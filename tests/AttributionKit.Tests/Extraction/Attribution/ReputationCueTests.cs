using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"known as", "known for", "seen as", "titled": a name or a reputation people in general hold, an attribution with no source.</summary>
public class ReputationCueTests
{
    [Theory]
    [InlineData("The harbour vote came in the week known as Storm Week.", "Storm Week")]
    [InlineData("Nora Vale is known for her long speeches, but the board listened.", "her long speeches")]
    [InlineData("The port authority is also known by its old name, the Pier Trust.", "its old name")]
    [InlineData("The harbour is increasingly seen as a safe place for small boats.", "a safe place for small boats")]
    [InlineData("On the door hung a memo titled Next Steps, and the pilots read it.", "Next Steps")]
    public void A_reputation_or_a_name_is_attributed_to_nobody_named(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle(a => a.Source == null).Which;

        attribution.Cue!.Text.Should().BeOneOf("known as", "known for", "known by", "seen as", "titled");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Nora Vale, a well-known pilot, moored at the pier.")]
    [InlineData("Tom Lane has known Nora Vale for two decades.")]
    [InlineData("The lesser-known harbour reopened in May.")]
    [InlineData("Tom Lane has seen as many storms as anyone at the port.")]
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
