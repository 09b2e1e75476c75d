using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue form that is also a noun ("hopes", "claims") after a relative word and its subject, with an auxiliary right
/// after it: the auxiliary opens the reported clause whose subject the relative word took away, so the form is the verb.
/// </summary>
public sealed class HomographBeforeGappedClauseTests
{
    [Theory]
    [InlineData("It was a move that the mayor hopes will end the dispute.", "the mayor", "hopes", "will end the dispute")]
    [InlineData("The pier is being rebuilt in what the city hopes will become a major hub.", "the city", "hopes", "will become a major hub")]
    [InlineData("They held a rally in a show of strength that Holt hopes can block any challenge.", "Holt", "hopes", "can block any challenge")]
    [InlineData("He attacked Nora Vale, who he claims has been unfair to him.", "he", "claims", "has been unfair to him")]
    public void The_subject_before_the_form_reports_the_clause(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Senators said that those claims could be grounds for a case.", "claims")]
    [InlineData("Vale is stressing that her plans will solve the problems.", "plans")]
    [InlineData("It is a bill that claims will be paid.", "claims")]
    [InlineData("What the harbour can offer is cheap berths for the pilots.", "offer")]
    public void After_a_determiner_a_possessive_an_auxiliary_or_the_relative_word_itself_the_form_is_no_cue(string text, string cue)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == cue);
    }
}
