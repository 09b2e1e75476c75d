using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class QuoteCreditInsideContentTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_quote_after_a_colon_with_its_own_credit_leaves_the_outer_content()
    {
        var attributions = Analyze("Nora Vale seemed to suggest she had won: \"They signed the deal,\" she told reporters.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "seemed to suggest" && a.Content.Text == "she had won");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Cue!.Text == "told" && a.Content.Text == "\"They signed the deal,\"");
    }

    [Fact]
    public void A_few_quoted_words_in_running_text_stay_in_the_credit_sentence()
    {
        var attributions = Analyze("Dana Holt discussed how she placed the harbour note in a \"burn bag,\" the Gazette reported.").Attributions;

        attributions.Should().NotContain(a => a.Content.Text == "\"burn bag,\"");
    }
}
