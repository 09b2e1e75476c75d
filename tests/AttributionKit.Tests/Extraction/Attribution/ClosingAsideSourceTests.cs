using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceSpanNormalizer.WithoutClosingAside: a discourse aside of several words closing the source ("for her part",
/// "in turn") tells how the report fits the story, not who speaks, with or without commas around it.
/// </summary>
public class ClosingAsideSourceTests
{
    [Theory]
    [InlineData("Holt for her part said the pier was safe.", "Holt")]
    [InlineData("Holt, for her part, said the pier was safe.", "Holt")]
    [InlineData("The harbour board in turn said the pier was safe.", "The harbour board")]
    public void The_aside_is_no_part_of_the_source(string text, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier was safe");
    }
}
