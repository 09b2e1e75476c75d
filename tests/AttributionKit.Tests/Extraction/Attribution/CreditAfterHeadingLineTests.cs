using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A credit closing a line reports that line only, not a heading or label line before it.</summary>
public class CreditAfterHeadingLineTests
{
    [Theory]
    [InlineData("Harbour plan stalls; \nPier repairs may wait a year, officials say.\n\nThe board met on Monday.", "say", "officials", "Pier repairs may wait a year")]
    [InlineData("Bleak outlook for the pier; \nChances of a quick repair are small, according to a harbour survey.\n\nThe board met on Monday.", "according to", "a harbour survey", "Chances of a quick repair are small")]
    public void The_content_starts_on_the_credit_line(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_credit_within_one_line_keeps_its_content()
    {
        var attribution = WithCue("Headline\n\nThe pier plan stalls again; repairs may wait a year, officials say.", "say");

        attribution.Source!.Mention.Text.Should().Be("officials");
        attribution.Content.Text.Should().Be("The pier plan stalls again; repairs may wait a year");
    }
}
