using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// LoudActWithoutWords: a verb of loud speech followed by "and", "or", a comma, a dash, a full stop or a word in -ly, in a
/// sentence without a quotation, tells of a noisy act and is no cue; with a quote or a clause it stays a cue.
/// </summary>
public class LoudActWithoutWordsTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The protester yelled and held up a banner that was quickly ripped away.", "yelled")]
    [InlineData("Supporters typically begin shouting, pointing, jeering at the protester.", "shouting")]
    [InlineData("Getting ahead means shouting loudly and demanding more.", "shouting")]
    [InlineData("Nora Vale can show up anywhere, disheveled and shouting — and still charm the skippers.", "shouting")]
    [InlineData("\"We want the pier,\" Dana Holt said. The protester yelled and held up a banner.", "yelled")]
    public void A_loud_act_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Others shouted, \"Close the pier!\"", "shouted", "Others", "\"Close the pier!\"")]
    [InlineData("\"Out!\" the crowd yelled.", "yelled", "the crowd", "\"Out!\"")]
    [InlineData("The crowd yelled that the pier must stay open.", "yelled", "The crowd", "that the pier must stay open")]
    public void Loud_words_reported_stay_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
