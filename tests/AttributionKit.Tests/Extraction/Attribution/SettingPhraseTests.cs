using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A short phrase naming only the medium or the time of a statement ("in a statement", "on social media", "over the
/// next decade") tells where, when or how something was said, never what.
/// </summary>
public class SettingPhraseTests
{
    [Theory]
    [InlineData("Nora Vale said in a statement to the Gazette.", "in a statement to the Gazette")]
    [InlineData("Dana Holt wrote in a letter to the court.", "in a letter to the court")]
    [InlineData("Several pilots criticized on social media.", "on social media")]
    [InlineData("The harbour board projected over the next decade.", "over the next decade")]
    [InlineData("Skippers reacted in Twitter messages and in person.", "in Twitter messages and in person")]
    [InlineData("Dana Holt told reporters during Tuesday’s conference call.", "during Tuesday’s conference call")]
    public void A_phrase_of_medium_or_time_is_never_the_content(string text, string phrase) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Content.Text.TrimEnd('.') == phrase);

    [Fact]
    public void A_clause_after_the_medium_stays_the_content()
    {
        var attribution = WithCue("Nora Vale said in a statement the ferry will run on Sunday.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("the ferry will run on Sunday");
    }

    [Fact]
    public void A_clause_after_a_time_phrase_stays_the_content()
    {
        var attribution = WithCue("Dana Holt wrote on Friday that the pier would close.", "wrote");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("that the pier would close");
    }

    [Fact]
    public void A_phrase_the_verb_governs_stays_the_content()
    {
        var attribution = WithCue("Nora Vale believes in the harbour board.", "believes");

        attribution.Content.Text.Should().Be("in the harbour board");
    }
}
