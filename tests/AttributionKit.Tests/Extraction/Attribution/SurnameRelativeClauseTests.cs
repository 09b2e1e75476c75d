using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A "who" clause telling what a person named by one word has done is left out of the source before the cue ("Holt,
/// who has fought the levy for years, said"); a clause of being, a full name and a source after the cue keep it.
/// </summary>
public class SurnameRelativeClauseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Holt, who has fought the levy for years, said the pier was unsafe.", "Holt", "said", "the pier was unsafe")]
    [InlineData("Vale, who held three meetings on Friday, told reporters the pier was safe.", "Vale", "told", "the pier was safe")]
    public void A_clause_of_deeds_after_a_surname_is_left_out(string sentence, string source, string cue, string content)
    {
        var attributions = Analyze(sentence).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }

    [Theory]
    [InlineData("Holt, who is a pilot, said the pier was unsafe.", "Holt, who is a pilot,")]
    [InlineData("Dana Holt, who runs the ferry, said the pier was unsafe.", "Dana Holt, who runs the ferry,")]
    public void A_clause_of_being_or_after_a_full_name_stays(string sentence, string source)
    {
        var attributions = Analyze(sentence).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "said" && a.Content.Text == "the pier was unsafe");
    }

    [Fact]
    public void A_source_after_the_cue_keeps_its_clause()
    {
        var attributions = Analyze("\"The pier is unsafe,\" said Holt, who has fought the levy.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Holt, who has fought the levy" && a.Cue!.Text == "said" && a.Content.Text == "\"The pier is unsafe,\"");
    }
}
