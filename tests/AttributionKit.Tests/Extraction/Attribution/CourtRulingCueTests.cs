using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A court or board that "ruled" gives its judgement: the past form is a reporting verb, its clause the content.
/// </summary>
public class CourtRulingCueTests
{
    [Theory]
    [InlineData("The harbour judge ruled that the pier lease was void.", "The harbour judge", "that the pier lease was void")]
    [InlineData("On Monday, the county board ruled that Dana Holt could stand for mayor.", "the county board", "that Dana Holt could stand for mayor")]
    public void The_ruling_body_is_the_source(string text, string source, string content)
    {
        var attribution = WithCue(text, "ruled");

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
