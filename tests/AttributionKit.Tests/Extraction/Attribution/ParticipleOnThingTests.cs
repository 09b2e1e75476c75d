using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// PassiveCue.IsParticipleOnThing: a participle with "by" joined straight to a noun that names no message tells who
/// acted on a person or thing and is no cue; after a message noun, after a form of "be" or as a feeling it stays.
/// </summary>
public class ParticipleOnThingTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The panel was made up of judges nominated by harbour mayors.", "nominated")]
    [InlineData("Holt spoke in a video posted by the station.", "posted")]
    [InlineData("Vale leads, according to exit polls reported by the networks.", "reported")]
    public void A_participle_on_a_thing_is_no_cue(string text, string participle)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(participle, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vale denied the allegation, an allegation rejected by the harbour board.", "rejected", "the harbour board", "an allegation")]
    [InlineData("It was a call echoed by Dana Holt on Saturday.", "echoed", "Dana Holt", "a call")]
    [InlineData("The plan was opposed by Dana Holt.", "was opposed", "Dana Holt", "The plan")]
    public void A_message_or_a_passive_clause_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
