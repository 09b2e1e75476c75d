using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A source after its cue that is a description opened by a determiner or a possessor, then the name of the person it
/// describes ("said another harbour pilot, Dana Holt."), takes in the name; a clause after an opening credit keeps its
/// own subject ("According to the poll, Dana Holt leads").
/// </summary>
public class NameAfterDescriptionTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("\"The pier is safe,\" said another harbour pilot, Dana Holt.", "another harbour pilot, Dana Holt")]
    [InlineData("\"The pier is safe,\" said a leading harbour lawyer, Nora J. Vale of the law firm Vale Holt.", "a leading harbour lawyer, Nora J. Vale of the law firm Vale Holt")]
    [InlineData("\"The pier is safe,\" said the board's deputy chief, Nora Vale, who ran the ferry for years.", "the board's deputy chief, Nora Vale, who ran the ferry for years")]
    public void The_name_after_the_description_belongs_to_the_source(string sentence, string source)
    {
        var attributions = Analyze(sentence).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "said" && a.Content.Text.StartsWith("\"The pier is safe,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_opening_a_clause_after_the_credit_is_not_taken()
    {
        var attributions = Analyze("According to the harbour poll, Dana Holt leads the race for mayor.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "the harbour poll" && a.Cue!.Text == "According to" && a.Content.Text == "Dana Holt leads the race for mayor");
    }
}
