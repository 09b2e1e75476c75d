using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class SubjectReportsAgainTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_participle_after_a_comma_ends_a_quoting_content_and_keeps_its_own_relation()
    {
        var attributions = Analyze("Mayor Dana Holt endorsed her, citing her “long experience,” “firm grasp of the issues” and low cost.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mayor Dana Holt" && a.Cue!.Text == "endorsed" && a.Content.Text == "her");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mayor Dana Holt" && a.Cue!.Text == "citing"
            && a.Content.Text == "her “long experience,” “firm grasp of the issues” and low cost" && a.Kind == AttributionKind.Mixed);
    }

    [Fact]
    public void A_participle_after_a_comma_inside_closing_quote_marks_ends_the_content_after_the_quote()
    {
        var attributions = Analyze("Nora Vale said things “should be wrapped up by July,” referring to the pier vote, where the board will decide.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "said" && a.Content.Text == "things “should be wrapped up by July,”");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "referring to" && a.Content.Text.StartsWith("the pier vote", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_a_comma_inside_two_apostrophes_ends_the_content_after_the_quote()
    {
        var attributions = Analyze("Dana Holt told investors that worries about the pier were ''overblown,'' adding that the dock had ''real promise.''").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "told" && a.Content.Text == "that worries about the pier were ''overblown,''");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "adding" && a.Content.Text == "that the dock had ''real promise.''");
    }

    [Fact]
    public void A_participle_after_a_comma_ends_a_content_holding_a_clause_of_another_subject()
    {
        var attributions = Analyze("Dana Holt repeated accusations that Nora Vale recites the same campaign points, calling her a “talented speaker” when asked to “read a teleprompter.”").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "repeated" && a.Content.Text == "accusations that Nora Vale recites the same campaign points");
        attributions.Should().Contain(a => a.Cue!.Text == "calling" && a.Content.Text == "her a “talented speaker” when asked to “read a teleprompter.”");
    }

    [Fact]
    public void A_participle_after_before_or_without_is_a_relation_of_its_own()
    {
        var backing = Analyze("Dana Holt endorsed Nora Vale and Tom Ames before backing Mr. Reed.").Attributions;
        backing.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "endorsed" && a.Content.Text == "Nora Vale and Tom Ames");
        backing.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "backing" && a.Content.Text == "Mr. Reed");

        var offering = Analyze("Nora Vale has praised the pier plan, without offering details.").Attributions;
        offering.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "has praised" && a.Content.Text == "the pier plan");
        offering.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "offering" && a.Content.Text == "details");
    }

    [Fact]
    public void A_second_verb_of_the_same_form_after_and_ends_a_quote_and_keeps_its_own_relation()
    {
        var attributions = Analyze("Nora Vale wrote on Facebook, “It’s time to end the lease for good,” and shared a link to her fundraising page.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "wrote" && a.Content.Text == "“It’s time to end the lease for good,”");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "shared" && a.Content.Text == "a link to her fundraising page");
    }

    [Fact]
    public void A_second_verb_after_and_between_two_quoted_phrases_keeps_its_own_relation()
    {
        var attributions = Analyze("Mayor Dana Holt of Pierton condemned ''such a cruel attack'' and declared a determination to ''continue our open, tolerant life.''").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mayor Dana Holt of Pierton" && a.Cue!.Text == "condemned" && a.Content.Text == "''such a cruel attack''");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mayor Dana Holt of Pierton" && a.Cue!.Text == "declared"
            && a.Content.Text == "a determination to ''continue our open, tolerant life.''");
    }

    [Fact]
    public void A_participle_after_that_or_by_stays_in_the_content()
    {
        Analyze("The port authority said that after slamming into the pier, the ferry drifted.").Attributions.Should()
            .Contain(a => a.Cue!.Text == "said" && a.Content.Text == "that after slamming into the pier, the ferry drifted");
        Analyze("Nora Vale answered the question by saying the pier was safe.").Attributions.Should()
            .Contain(a => a.Cue!.Text == "answered" && a.Content.Text == "the question by saying the pier was safe");
    }

    [Fact]
    public void A_participle_after_a_cue_inside_its_own_content_is_the_next_report()
    {
        // "Seems" reads its content from the subject on, over its own cue; the participle after the comma ends it.
        var attributions = Analyze("Dana Holt didn't seem impressed with the harbour plan on Tuesday, telling reporters that the pier \"is a wreck.\"").Attributions;

        attributions.Should().Contain(a => a.Source == null && a.Cue!.Text == "seem"
            && a.Content.Text == "Dana Holt didn't seem impressed with the harbour plan on Tuesday");
        attributions.Should().Contain(a => a.Source != null && a.Source.Mention.Text == "Dana Holt" && a.Cue!.Text == "telling"
            && a.Content.Text == "that the pier \"is a wreck.\"");
    }

    [Fact]
    public void A_quote_tag_keeps_the_quote_that_goes_on_after_a_participle()
    {
        // Counter-example: the second quote after "adding that …" is more of what Holt said.
        var attribution = Analyze("\"We know we have work to do,\" Dana Holt said, adding that the board would meet on Monday. \"The pier will reopen in May.\"").Attributions
            .Should().Contain(a => a.Cue!.Text == "said").Which;

        attribution.Content.Text.Should().EndWith("\"The pier will reopen in May.\"");
    }

    [Theory]
    [InlineData("Nora Vale has been critical of the mayor but on Tuesday wrote that she agreed with him about the pier.", "Nora Vale", "has been critical of", "the mayor", "wrote", "that she agreed with him about the pier")]
    [InlineData("Dana Holt was critical of the toll and said the pier would close.", "Dana Holt", "was critical of", "the toll", "said", "the pier would close")]
    public void A_cue_of_be_and_an_adjective_ends_before_the_same_subjects_next_report(string text, string source, string firstCue, string firstContent, string secondCue, string secondContent)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == firstCue && a.Content.Text == firstContent);
        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == secondCue && a.Content.Text == secondContent);
    }
}
