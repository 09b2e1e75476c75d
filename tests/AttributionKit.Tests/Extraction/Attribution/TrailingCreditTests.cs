using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A reporting clause closing its sentence reports the whole of it, even when a judgement or reduced passive that
/// names nobody stands inside (TrailingCredit).</summary>
public class TrailingCreditTests
{
    [Theory]
    [InlineData("The clerk accused of stealing the boat will stay in custody, a police report said.", "a police report", "said",
        "The clerk accused of stealing the boat will stay in custody")]
    [InlineData("The pier is expected to close next year, the harbour office said Monday.", "the harbour office", "said",
        "The pier is expected to close next year")]
    [InlineData("The pier seems likely to close, Dana Holt said.", "Dana Holt", "said", "The pier seems likely to close")]
    [InlineData("A club accused of illegal fishing may have paid the mayor, a Harbour Times investigation found.",
        "a Harbour Times investigation", "found", "A club accused of illegal fishing may have paid the mayor")]
    [InlineData("The skipper accused of sinking the ferry will stay in custody, a harbour judge ruled Monday.",
        "a harbour judge", "ruled", "The skipper accused of sinking the ferry will stay in custody")]
    [InlineData("The lease appears to be helping the harbour, according to a recent survey of skippers.",
        "a recent survey of skippers", "according to", "The lease appears to be helping the harbour")]
    public void The_credit_reports_the_sentence_and_the_judgement_inside_is_no_relation_of_its_own(string text, string source, string cue, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_verb_with_an_object_after_it_is_no_credit_and_leaves_the_judgement()
    {
        var attributions = ArticleAnalyzer.Analyze("The pier seems likely to close, and Dana Holt said the fees would rise.", ArticleFormat.Text, Samples.Options)
            .Attributions;

        attributions.Should().HaveCount(2);
        attributions[0].Source.Should().BeNull();
        attributions[0].Cue!.Text.Should().Be("seems");
        attributions[0].Content.Text.Should().Be("The pier seems likely to close");
        attributions[1].Source!.Mention.Text.Should().Be("Dana Holt");
        attributions[1].Content.Text.Should().Be("the fees would rise");
    }
}
