using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CueConjunctionTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_second_cue_after_but_and_a_phrase_of_time_is_the_same_subjects_next_report()
    {
        var attributions = Analyze("The clerk first said he did not recall the vote, but in a later interview said he had counted the ballots twice.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The clerk" && a.Cue!.Text == "first said" && a.Content.Text == "he did not recall the vote");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "The clerk" && a.Cue!.Text == "said" && a.Content.Text == "he had counted the ballots twice");
    }

    [Fact]
    public void A_second_cue_right_after_but_is_the_same_subjects_next_report()
    {
        var attributions = Analyze("Nora Vale said the ferry was late but added that the crew had done its best.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "said" && a.Content.Text == "the ferry was late");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "added" && a.Content.Text == "that the crew had done its best");
    }

    [Fact]
    public void A_present_cue_after_a_present_perfect_one_is_the_same_subjects_next_report()
    {
        var attributions = Analyze("The mayor has called the pier unsafe and says she will close it next week.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The mayor" && a.Cue!.Text == "has called" && a.Content.Text == "the pier unsafe");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "The mayor" && a.Cue!.Text == "says" && a.Content.Text == "she will close it next week");
    }

    [Fact]
    public void A_verb_of_the_reported_clause_after_a_phrase_of_time_stays_in_the_content()
    {
        var attributions = Analyze("Dana Holt said the clerks counted the votes and in the end found no errors.").Attributions;

        attributions.Should().ContainSingle();
        attributions[0].Content.Text.Should().Be("the clerks counted the votes and in the end found no errors");
    }

    [Fact]
    public void A_present_cue_after_a_present_one_inside_the_content_stays_there()
    {
        var attributions = Analyze("Dana Holt says the board has rejected the plan and says nothing more.").Attributions;

        attributions.Should().ContainSingle();
        attributions[0].Content.Text.Should().Be("the board has rejected the plan and says nothing more");
    }

    [Fact]
    public void A_present_cue_after_a_present_perfect_inside_the_content_stays_there()
    {
        var attributions = Analyze("Dana Holt has said she has reviewed the lease and disagrees with the board's decision.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "has said"
            && a.Content.Text == "she has reviewed the lease and disagrees with the board's decision");
    }
}
