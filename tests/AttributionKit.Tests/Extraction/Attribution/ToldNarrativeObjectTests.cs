using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>After "tell", an object naming something narrated ("a joke", "a different tale") is what was told.</summary>
public class ToldNarrativeObjectTests
{
    [Theory]
    [InlineData("On Friday morning, the third day of his tour, Dana Holt told a joke. He was the punch line.", "told", "Dana Holt", "a joke")]
    [InlineData("Harbour Radio told a slightly different tale.", "told", "Harbour Radio", "a slightly different tale")]
    [InlineData("The pier board often tells a much different story.", "often tells", "The pier board", "a much different story")]
    public void The_narrated_object_is_the_content(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void The_one_told_is_still_skipped()
    {
        var attribution = PlainTextAttributions.WithCue("Nora Vale told reporters that the pier would reopen.", "told");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Fact]
    public void A_telling_wished_for_reports_nothing() =>
        ArticleAnalyzer.Analyze("Nora Vale needs to sell herself and tell more jokes.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "tell");
}
