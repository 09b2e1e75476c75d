using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A reporting or stance verb no other rule placed, in a slot only a verb takes (after "to", or in the past
/// after an adverb or a comma): kept with the sentence's subject, or with no source.</summary>
public class OrphanVerbCueTests
{
    [Theory]
    [InlineData("Tom Lane went out of his way to praise the new pier.", "praise", "Tom Lane", "the new pier")]
    [InlineData("The harbour board, for its part, expressed confidence in the plan.", "expressed", "The harbour board", "confidence in the plan")]
    [InlineData("Nora Vale paused, then revealed why the pier had closed.", "revealed", "Nora Vale", "why the pier had closed")]
    public void The_sentence_subject_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Without_a_subject_the_cue_names_nobody()
    {
        var attribution = WithCue("The pilots used the meeting to criticize the harbour fees.", "criticize");

        attribution.Source.Should().BeNull();
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be("the harbour fees");
    }

    [Fact]
    public void A_verb_inside_what_another_cue_reports_is_no_cue_of_its_own()
    {
        ArticleAnalyzer.Analyze("Tom Lane hoped to see the pier reopen.", ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle().Which.Cue!.Text.Should().Be("hoped");
    }

    [Fact]
    public void A_passive_with_its_agent_keeps_the_agent()
    {
        var attribution = ArticleAnalyzer.Analyze("The fees were later criticized by the pilots.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be("the pilots");
        attribution.Content.Text.Should().Be("The fees");
    }
}
