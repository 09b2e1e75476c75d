using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A sentence opening on "To" and a person, then a comma, gives that person's view (OpeningToViewpoint).</summary>
public class OpeningToViewpointTests
{
    [Theory]
    [InlineData("To Holt, issues of harbour safety get attention from the board only when the ferries stop.", "Holt",
        "issues of harbour safety get attention from the board only when the ferries stop")]
    [InlineData("To many, Vale is a provocateur and broadcaster for the pier movement.", "many", "Vale is a provocateur and broadcaster for the pier movement")]
    [InlineData("To Harbour State University history professor Nora Vale, the mayor's stare seemed to reflect sadness.",
        "Harbour State University history professor Nora Vale", "the mayor's stare seemed to reflect sadness")]
    [InlineData("To Dana Holt, who has studied the harbour for years, the lease marked a turning point.",
        "Dana Holt, who has studied the harbour for years", "the lease marked a turning point")]
    public void The_rest_of_the_sentence_is_the_persons_view(string text, string source, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("To");
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("To date, Holt remains far ahead.")]
    [InlineData("To be sure, the pier is old.")]
    [InlineData("To White House officials, it was a show of respect.")]
    [InlineData("To her supporters, there may be a kind of logic at work.")]
    [InlineData("To win the vote, Holt needs the skippers.")]
    public void A_phrase_that_names_no_person_opens_no_view(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }
}
