using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// PseudoCleftReport: in "What Holt said was that …" the form of "be" links the saying to what was said, which starts
/// after it.
/// </summary>
public class PseudoCleftReportTests
{
    [Theory]
    [InlineData("What Holt said was that the pier was safe.", "said", "Holt", "that the pier was safe")]
    [InlineData("What the mayor argued is that the pier must close.", "argued", "the mayor", "that the pier must close")]
    public void The_content_starts_after_be(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
