using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// AttributionLineParser: a line after a quote's dash that names the words as someone's through "that was" ("— that was
/// Holt's promise") credits the quote to the possessor, not to the clause.
/// </summary>
public class DemonstrativePossessorCreditTests
{
    [Theory]
    [InlineData("“We will not sell the pier” — that was Holt's promise.", "Holt's")]
    [InlineData("“We will not sell the pier” — that was the mayor's promise.", "the mayor's")]
    [InlineData("“We will not sell the pier” — this is Holt's pledge to the pilots.", "Holt's")]
    public void The_possessor_is_the_source(string text, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, "—");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("“We will not sell the pier”");
    }
}
