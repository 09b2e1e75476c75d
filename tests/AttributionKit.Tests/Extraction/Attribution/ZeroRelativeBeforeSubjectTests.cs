using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A noun that heads a relative clause without "that" stands right before the clause's subject and is no part of it,
/// even when a phrase with "of" opens the sentence before it ("One of the jobs Dana Holt talks about", "the kind of
/// campaign Nora Vale hoped to run"); a role before a name is still the name's ("The harbour judge Dana Holt said").
/// </summary>
public class ZeroRelativeBeforeSubjectTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_head_noun_after_of_is_not_the_subject()
    {
        var attributions = Analyze("One of the jobs Dana Holt talks about is the pier.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "talks about" && a.Content.Text == "is the pier");
    }

    [Fact]
    public void A_noun_after_kind_of_heads_the_clause()
    {
        var attributions = Analyze("This is not the kind of campaign Nora Vale hoped to run.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "hoped" && a.Content.Text == "to run");
    }

    [Fact]
    public void A_role_before_a_name_stays_in_the_source()
    {
        var attributions = Analyze("The harbour judge Dana Holt said the pier was safe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The harbour judge Dana Holt" && a.Cue!.Text == "said" && a.Content.Text == "the pier was safe");
    }
}
