using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// "known as", "known for", "seen as", "titled": a name or a reputation people in general hold, an attribution with no
/// source; a title of a work the sentence's subject put out ("released a memo titled …") is the subject's.
/// </summary>
public class ReputationCueTests
{
    [Theory]
    [InlineData("The harbour vote came in the week known as Storm Week.", "Storm Week")]
    [InlineData("Nora Vale is known for her long speeches, but the board listened.", "her long speeches")]
    [InlineData("The port authority is also known by its old name, the Pier Trust.", "its old name")]
    [InlineData("The harbour is increasingly seen as a safe place for small boats.", "a safe place for small boats")]
    [InlineData("On the door hung a memo titled Next Steps, and the pilots read it.", "Next Steps")]
    public void A_reputation_or_a_name_is_attributed_to_nobody_named(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle(a => a.Source == null).Which;

        attribution.Cue!.Text.Should().BeOneOf("known as", "known for", "known by", "seen as", "titled");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("On Monday night, harbour manager Dana Holt released a memo titled Next Steps for the Pier.", "harbour manager Dana Holt", "Next Steps for the Pier")]
    [InlineData("The Pier Alliance, which was founded by Nora Vale, launched a radio ad in Dover on Saturday titled Sunk Again.", "The Pier Alliance", "Sunk Again")]
    public void A_work_put_out_by_the_subject_credits_its_title_to_the_subject(string text, string source, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "titled").Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The change came in June, when Tom Lane, known to everyone as Andy, moored at the pier.", "known to", "everyone", "Andy")]
    [InlineData("Dana Holt is seen by other leaders of the board as uniquely credible on the harbour.", "seen by", "other leaders of the board", "uniquely credible on the harbour")]
    [InlineData("The handshake would come to be derisively known by some skippers as the pier deal.", "known by", "some skippers", "the pier deal")]
    public void The_people_before_as_hold_the_reputation(string text, string cue, string source, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == cue).Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Seen_by_without_as_is_no_cue()
    {
        // Counter-example: "seen by" with no "as" after its people tells who watched, not a reputation.
        ArticleAnalyzer.Analyze("The video of the storm was seen by thousands of people.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.StartsWith("seen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("There is also a mock guide by the comedian Nora Vale titled Pier Tales.")]
    [InlineData("Nora Vale has a book in the works titled Pier Work.")]
    [InlineData("The plan is lifted from a paper published shortly before the vote titled Pier Futures.")]
    [InlineData("A memo was released on Monday titled Next Steps.")]
    public void A_work_no_publishing_verb_puts_out_keeps_no_source(string text)
    {
        // Counter-examples: "by" names an author, "has" puts nothing out, a participle describes its own noun, a passive
        // has the work as subject; the title stays unattributed.
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "titled").Which.Source.Should().BeNull();
    }

    [Theory]
    [InlineData("Nora Vale, a well-known pilot, moored at the pier.")]
    [InlineData("Tom Lane has known Nora Vale for two decades.")]
    [InlineData("The lesser-known harbour reopened in May.")]
    [InlineData("Tom Lane has seen as many storms as anyone at the port.")]
    public void An_adjective_or_an_acquaintance_is_no_cue(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_known_is_no_cue()
    {
        ArticleAnalyzer.Analyze("Nora Vale said the pier was “known as the Trap” among pilots.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.StartsWith("known", StringComparison.Ordinal));
    }
}
