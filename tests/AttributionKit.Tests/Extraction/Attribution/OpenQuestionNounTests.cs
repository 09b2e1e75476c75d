using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>"questions about" before an open question reports a doubt whose holder goes unnamed.</summary>
public class OpenQuestionNounTests
{
    [Fact]
    public void Questions_about_whether_report_the_question_without_a_source()
    {
        var attribution = WithCue("The vote raised new questions about whether the pier will close.", "questions about");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("whether the pier will close");
    }

    [Fact]
    public void The_question_ends_at_the_clause_comma()
    {
        var attribution = WithCue("There are questions about how the harbour levy was spent, and the council is silent.", "questions about");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("how the harbour levy was spent");
    }

    [Fact]
    public void Questions_about_a_plain_topic_are_no_cue()
    {
        All("The mayor faced questions about the ferry schedule.").Should().NotContain(a => a.Cue != null && a.Cue.Text == "questions about");
    }

    [Fact]
    public void A_verb_of_raising_questions_keeps_its_subject()
    {
        var attribution = WithCue("Dana Holt raised questions about whether the lease was fair.", "raised questions");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Contain("whether the lease was fair");
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;
}
