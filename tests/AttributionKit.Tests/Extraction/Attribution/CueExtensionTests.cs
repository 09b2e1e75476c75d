using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// CueExtension: words after a reporting verb that belong to its cue. "went on to say" is one act of saying, whose
/// content starts after "say"; "said nothing about" holds back on a topic, which is the content.
/// </summary>
public class CueExtensionTests
{
    [Theory]
    [InlineData("Dana Holt went on to say that the pier was safe.", "went on to say", "Dana Holt", "that the pier was safe")]
    [InlineData("The memo goes on to explain that the fees will rise.", "goes on to explain", "The memo", "that the fees will rise")]
    [InlineData("Nora Vale went on to praise the harbour crews.", "went on to praise", "Nora Vale", "the harbour crews")]
    [InlineData("Tom Lane said nothing about the pier.", "said nothing about", "Tom Lane", "the pier")]
    [InlineData("Dana Holt has said little about the ferry fees.", "has said little about", "Dana Holt", "the ferry fees")]
    [InlineData("Nora Vale said almost nothing about the lease.", "said almost nothing about", "Nora Vale", "the lease")]
    [InlineData("Dana Holt has said repeatedly that the pier is safe.", "has said repeatedly", "Dana Holt", "that the pier is safe")]
    [InlineData("Nora Vale said only that the lease had ended.", "said only", "Nora Vale", "that the lease had ended")]
    public void The_words_after_the_verb_belong_to_the_cue(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Going_on_to_win_is_no_saying()
    {
        ArticleAnalyzer.Analyze("Tom Lane went on to win the harbour seat in 2012.", ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text.StartsWith("went on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dana Holt thought (wrongly) that the pier was safe.", "thought", "(wrongly) that the pier was safe")] // an aside
    [InlineData("What we do know is that the pier is safe.", "do know", "that the pier is safe")] // "is" no adverb
    [InlineData("Nora Vale proposed just that in May.", "proposed", "just that in May")] // "that" a pronoun
    public void Only_a_manner_adverb_in_plain_words_before_that_joins_the_cue(string text, string cue, string content) =>
        PlainTextAttributions.WithCue(text, cue).Content.Text.Should().Be(content);

    [Fact]
    public void Said_nothing_before_a_clause_stays_a_plain_report()
    {
        var attribution = PlainTextAttributions.WithCue("Dana Holt said nothing had changed at the pier.", "said");

        attribution.Content.Text.Should().Be("nothing had changed at the pier");
    }
}
