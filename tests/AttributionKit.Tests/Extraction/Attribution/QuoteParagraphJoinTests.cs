using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class QuoteParagraphJoinTests
{
    [Fact]
    public void A_quote_paragraph_carried_on_under_the_tag_before_joins_its_relation()
    {
        const string text = "The harbour reopened on Monday.\n\n“The pier was a disgrace for years,” Dana Holt said.\n\n“Now the skippers can land again.”\n\nThe board meets in May.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var attribution = result.Attributions.Should().ContainSingle(a => a.Cue!.Text == "said").Which;
        attribution.Content.Text.Should().StartWith("“The pier was a disgrace").And.EndWith("land again.”");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Kind.Should().Be(AttributionKind.Direct);

        // Both quotes stay quotes of their own, with the same speaker.
        result.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker == "Dana Holt");
    }

    [Fact]
    public void A_quote_whose_paragraph_has_its_own_tag_stays_apart()
    {
        // Counter-example: the second paragraph has a cue of its own, so two relations.
        const string text = "The harbour reopened on Monday.\n\n“The pier was a disgrace for years,” Dana Holt said.\n\n“Now the skippers can land again,” she added.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().HaveCount(2);
        result.Attributions.Select(a => a.Cue!.Text).Should().Equal("said", "added");
    }

    [Fact]
    public void A_quote_paragraph_after_narrative_stays_apart()
    {
        // Counter-example: narrative between the tag's paragraph and the quote: not one stretch of speech.
        const string text = "“The pier was a disgrace for years,” Dana Holt said. The board did not answer.\n\n“Now the skippers can land again.”";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Content.Text.Contains("disgrace") && a.Content.Text.Contains("land again"));
    }
}
