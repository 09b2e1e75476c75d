using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A web address closing a sentence ends it, so a quote's tag in the next sentence credits only its quote.</summary>
public class WebAddressSentenceEndTests
{
    [Fact]
    public void The_tag_after_the_next_quote_reports_only_that_quote()
    {
        const string text = "Headline\n\nFriends were devastated by the news, according to Harbournews.com. “He had so many plans,” his friend Dana Holt told the website.";

        var credit = WithCue(text, "according to");
        credit.Source!.Mention.Text.Should().Be("Harbournews.com");
        credit.Content.Text.Should().Be("Friends were devastated by the news");

        var told = WithCue(text, "told");
        told.Source!.Mention.Text.Should().Be("his friend Dana Holt");
        told.Content.Text.Should().Be("“He had so many plans,”");
    }
}
