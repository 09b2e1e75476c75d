using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CoordinatedClauseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_reporting_clause_after_comma_but_ends_the_content_before_it()
    {
        var attributions = Analyze("Among Democrats, 60 percent say yes, but 55 percent of all voters say she does not.").Attributions;

        attributions.Should().Contain(a => a.Content.Text == "yes" && a.Kind == AttributionKind.Indirect);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "55 percent of all voters" && a.Cue!.Text == "say" && a.Content.Text == "she does not");
        attributions.Should().NotContain(a => a.Content.Text.Contains("yes, but", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nearly three in five")]
    [InlineData("more than one in four")]
    [InlineData("only a third")]
    public void A_share_after_words_of_degree_opens_a_coordinated_reporting_clause(string share)
    {
        var attributions = Analyze($"Two in three said they would use the new pier, and {share} said they want a longer season.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Two in three" && a.Cue!.Text == "said" && a.Content.Text == "they would use the new pier");
        attributions.Should().Contain(a => a.Source!.Mention.Text == share && a.Cue!.Text == "said" && a.Content.Text == "they want a longer season");
    }

    [Fact]
    public void Words_after_over_are_its_object_not_a_share()
    {
        var attributions = Analyze("The pilots quarrelled over a procedural dispute, and the board said it would wait.").Attributions;

        attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("over", StringComparison.Ordinal));
        attributions.Should().Contain(a => a.Source!.Mention.Text == "the board" && a.Cue!.Text == "said" && a.Content.Text == "it would wait");
    }

    [Theory]
    [InlineData("The pilots said they were worried, and the mayor said the pier was safe.", "the mayor", "the pier was safe")]
    [InlineData("The pilots said they were worried, but 32 percent said the pier was safe.", "32 percent", "the pier was safe")]
    public void A_conjunction_after_a_comma_right_after_a_cue_opens_a_clause_the_cue_did_not_take(string text, string source, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The pilots" && a.Cue!.Text == "said" && a.Content.Text == "they were worried");
        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "said" && a.Content.Text == content);
        attributions.Should().NotContain(a => a.Cue!.Text.Contains("worried", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_after_the_comma_stays_the_cues_content()
    {
        var attributions = Analyze("Dana Holt spoke at the pier. She added, ''But the harbour is ours.''").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "She" && a.Cue!.Text == "added" && a.Content.Text.Contains("But the harbour is ours", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_with_a_cue_of_its_own_ends_the_content_before_its_comma()
    {
        var attributions = Analyze("Nora Vale criticized the harbour lease, which a former clerk considered illegal.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "the harbour lease" && a.Kind == AttributionKind.Indirect);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "a former clerk" && a.Cue!.Text == "considered");
    }

    [Fact]
    public void A_coordinated_reporting_clause_inside_a_quote_is_not_cut()
    {
        var attribution = Analyze("“The pier will reopen, but the board says it will not,” Nora Vale said.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Contain("but the board says it will not");
    }

    [Fact]
    public void A_reporting_clause_joined_without_a_comma_stays_in_the_content()
    {
        var attribution = Analyze("Nora Vale said the pier will reopen and that the board says it is safe.").Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("the pier will reopen and that the board says it is safe");
    }

    [Fact]
    public void A_trailing_according_to_credits_the_clause_next_to_it_beside_the_outer_relation()
    {
        var attributions = Analyze("Nora Vale has praised the harbour plan, and won most of the dock vote, according to exit polls.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "has praised" && a.Content.Text == "the harbour plan");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "exit polls" && a.Cue!.Text == "according to" && a.Content.Text == "won most of the dock vote");
    }

    [Fact]
    public void A_trailing_according_to_after_an_opening_clause_with_a_cue_keeps_the_main_clause()
    {
        var attributions = Analyze("When the clerk refused to resign, the mayor began attacking her, according to two council members.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "the clerk" && a.Content.Text == "to resign");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "two council members" && a.Content.Text == "the mayor began attacking her");
    }

    [Theory]
    [InlineData("Dana Holt initially defended her vote, but late Saturday she announced she supported the harbour levy.", "Dana Holt", "initially defended", "her vote", "she", "announced", "she supported the harbour levy")]
    [InlineData("Nora Vale said the pier was safe, but on Monday the wardens said it was not.", "Nora Vale", "said", "the pier was safe", "the wardens", "said", "it was not")]
    [InlineData("Nora Vale said the ferry was late, but at one point the crowd loudly chanted her name.", "Nora Vale", "said", "the ferry was late", "the crowd", "loudly chanted", "her name")]
    public void A_phrase_of_time_between_the_conjunction_and_the_subject_still_ends_the_content_before_the_comma(
        string text, string firstSource, string firstCue, string firstContent, string secondSource, string secondCue, string secondContent)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == firstSource && a.Cue!.Text == firstCue && a.Content.Text == firstContent);
        attributions.Should().Contain(a => a.Source!.Mention.Text == secondSource && a.Cue!.Text == secondCue && a.Content.Text == secondContent);
    }

    [Fact]
    public void A_phrase_of_time_before_a_clause_without_a_cue_stays_in_the_content()
    {
        var attribution = Analyze("Nora Vale said the pier was safe, and on Monday she visited the wardens.").Attributions.Should().ContainSingle().Subject;

        attribution.Content.Text.Should().Be("the pier was safe, and on Monday she visited the wardens");
    }

    [Fact]
    public void A_preposition_right_before_the_next_words_is_no_phrase_of_time_before_a_subject()
    {
        var attributions = Analyze("The clerk first said he did not recall the vote, but in a later interview said he had lost the ledger.").Attributions;

        attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "a later interview");
    }

    [Fact]
    public void A_relative_pronoun_object_of_a_report_set_off_after_the_content_ends_it_before_the_comma()
    {
        var attributions = Analyze("Nora Vale said she backs Dana Holt, who she is supporting in the primary.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "said" && a.Content.Text == "she backs Dana Holt");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Content.Text == "who");
    }
}
