using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// AdviserWork: a verb of advising with a plain object and nothing advised in its clause tells of working as an
/// adviser and is no cue; with what is advised ("to …", "that …", "against …", "how …") or a quote it stays a cue.
/// </summary>
public class AdviserWorkTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The firm advises big harbours on mergers and acquisitions.", "advises")]
    [InlineData("Dana Holt is now advising the mayor's campaign on the pier.", "advising")]
    [InlineData("Nora Vale has also advised Tom Lane, the ferry chief, for a decade.", "advised")]
    [InlineData("The bank is advising the harbour board on its $40 million sale of the pier.", "advising")]
    public void Advising_with_no_advice_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Holt advised the mayor to close the pier.", "advised", "Holt", "to close the pier")]
    [InlineData("Vale advised that the pier close for the winter.", "advised", "Vale", "that the pier close for the winter")]
    [InlineData("Holt advised him how to vote.", "advised", "Holt", "how to vote")]
    public void Advice_given_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_quote_tag_of_advising_stays_a_cue()
    {
        var attribution = WithCue("“Wait a year,” Nora Vale advised.", "advised");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("“Wait a year,”");
    }
}
