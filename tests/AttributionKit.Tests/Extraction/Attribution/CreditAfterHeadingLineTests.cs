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

    // A paragraph wrapped by width breaks its lines anywhere: the line before the credit's is its sentence going on.
    [Theory]
    [InlineData(ArticleFormat.Text, "Headline\n\nThe old pier on the east side of the harbour is too weak to carry\ntrucks and must close, officials say.\n")]
    [InlineData(ArticleFormat.Text, "Headline\n\nThe harbour board met on Monday to discuss the old pier;\nMayor Dana Holt and two skippers spoke, and repairs to the\npier may wait a year, officials say.\n")]
    [InlineData(ArticleFormat.Text, "Headline\n\nThe harbour board heard on Monday from Mayor\nDana Holt that repairs may wait a year, officials say.\n")]
    [InlineData(ArticleFormat.Markdown, "# Headline\n\nThe pier plan stalls again; repairs to the old timber\nPier may wait a year, officials say.\n")]
    [InlineData(ArticleFormat.Html, "<html><body><article><p>The pier plan stalls again; repairs to the old\nPier may wait a year, officials say.</p></article></body></html>")]
    public void A_wrapped_line_before_the_credit_stays_in_the_content(ArticleFormat format, string text)
    {
        var attribution = ArticleAnalyzer.Analyze(text, format, Samples.Options).Attributions
            .Should().Contain(a => a.Cue != null && a.Cue.Text == "say").Which;

        attribution.Source!.Mention.Text.Should().Be("officials");
        attribution.Content.Text.Should().StartWith("The ");
    }
}
