using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CoordinatedPredicateTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_second_past_verb_after_a_plain_object_ends_the_content_and_reports_for_the_same_subject()
    {
        var attributions = Analyze("Nora Vale criticized the harbour lease and moved to protect the fishing fleet.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "criticized" && a.Content.Text == "the harbour lease" && a.Kind == AttributionKind.Indirect);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "moved" && a.Content.Text == "to protect the fishing fleet");
    }

    [Fact]
    public void A_reported_clause_keeps_its_second_verb()
    {
        var attribution = Analyze("Nora Vale said she criticized the harbour lease and moved to protect the fleet.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("she criticized the harbour lease and moved to protect the fleet");
    }

    [Fact]
    public void A_past_form_before_an_auxiliary_begins_a_subject_not_a_second_verb()
    {
        var attribution = Analyze("Nora Vale predicted the heat and unsettled weather would last all week.").Attributions.Should().ContainSingle().Subject;

        attribution.Content.Text.Should().Be("the heat and unsettled weather would last all week");
    }
}
