using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Where a source's noun phrase starts before its cue.</summary>
public class SourcePhraseTests
{
    [Theory]
    [InlineData("Sixty percent of registered voters say the pier should reopen.", "say", "Sixty percent of registered voters")]
    [InlineData("Nine in 10 Democratic registered voters say the pier should reopen.", "say", "Nine in 10 Democratic registered voters")]
    [InlineData("A poll released Wednesday found that most voters want the pier reopened.", "found", "A poll released Wednesday")]
    [InlineData("Neither Vale nor Reed said the pier would reopen.", "said", "Neither Vale nor Reed")]
    [InlineData("Vale, Reed, Sen. Ann Cole and Tom Fisk said the pier would reopen.", "said", "Vale, Reed, Sen. Ann Cole and Tom Fisk")]
    [InlineData("But Vale, Reed and Tom Fisk said the pier would reopen.", "said", "Vale, Reed and Tom Fisk")]
    [InlineData("Nora Vale and Tom Reed have both said the pier would reopen.", "said", "Nora Vale and Tom Reed")]
    public void The_whole_phrase_is_the_source(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("In Bath, Vale and Reed said the pier would reopen.", "Vale and Reed")]
    [InlineData("On Tuesday, Vale and Reed said the pier would reopen.", "Vale and Reed")]
    [InlineData("The harbour reopened, and Vale and Reed said the pier would follow.", "Vale and Reed")]
    public void An_opening_phrase_set_off_by_a_comma_is_no_list(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_participle_that_is_the_verb_still_ends_the_phrase()
    {
        var result = ArticleAnalyzer.Analyze("The board retired the ferry, the mayor said on Monday.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle(a => a.Cue != null && a.Cue.Text == "said")
            .Which.Source!.Mention.Text.Should().Be("the mayor");
    }
}
