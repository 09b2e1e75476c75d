using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue.WithPredeterminer: "all" or "both" before an article or a possessive opens the noun phrase and
/// belongs to the source ("All the pilots say"); after "almost" or "nearly" the source is left as it was.
/// </summary>
public class PredeterminerSourceTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("All the pilots say the pier is too old.", "All the pilots")]
    [InlineData("Yet all the pilots say the pier is too old.", "all the pilots")]
    [InlineData("All his aides say the pier is too old.", "All his aides")]
    [InlineData("Both the harbour board and the pilot union say the pier is too old.", "Both the harbour board and the pilot union")]
    public void The_predeterminer_opens_the_source(string text, string source)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("say");
        attribution.Content.Text.Should().Be("the pier is too old");
    }

    [Theory]
    [InlineData("All of the pilots say the pier is too old.", "All of the pilots")]
    [InlineData("Both Holt and Vale say the pier is too old.", "Both Holt and Vale")]
    [InlineData("Almost all the pilots say the pier is too old.", "the pilots")]
    public void Other_quantities_keep_their_source(string text, string source)
    {
        AttributionsIn(text).Should().ContainSingle().Which.Source!.Mention.Text.Should().Be(source);
    }
}
