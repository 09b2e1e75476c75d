using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CoordinatedCueTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_second_cue_after_a_quote_and_and_takes_the_first_cues_source()
    {
        var attributions = Analyze("At the harbour meeting on Friday, Dana Holt called the mayor \"timid\" and said the pier needed \"real money\" this year.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "called" && a.Content.Text == "the mayor \"timid\"");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "said" && a.Content.Text == "the pier needed \"real money\" this year");
    }

    [Theory]
    [InlineData("Dana Holt has dismissed both claims but says the pier is safe.", "has dismissed", "both claims")]
    [InlineData("Dana Holt has dismissed many claims, but says the pier is safe.", "has dismissed", "many claims")]
    public void A_plural_after_a_word_of_quantity_is_no_verb_the_second_cue_joins(string text, string firstCue, string firstContent)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == firstCue && a.Content.Text == firstContent);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "says" && a.Content.Text == "the pier is safe");
    }

    [Fact]
    public void An_aside_in_brackets_does_not_keep_the_second_cue_from_the_first_cues_source()
    {
        var attributions = Analyze("Nora Vale called the harbour board “a closed shop” (although she allowed that some members meant well) and promised to open its books.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "promised" && a.Content.Text == "to open its books");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "called"
            && a.Content.Text == "the harbour board “a closed shop” (although she allowed that some members meant well)");
    }

    [Fact]
    public void Said_after_a_quote_and_and_ends_the_first_content()
    {
        var attributions = Analyze("She declared “What a night for the pier!” and said that her campaign would go on “to the last harbour” across the state.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "She" && a.Cue!.Text == "declared" && a.Content.Text == "“What a night for the pier!”");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "She" && a.Cue!.Text == "said" && a.Content.Text == "that her campaign would go on “to the last harbour” across the state");
    }

    [Fact]
    public void An_adverb_before_the_second_cue_leaves_it_a_verb_of_the_same_form()
    {
        var attributions = Analyze("On Friday, Tom Ames said \"pier\" four times, and specifically mentioned the mayor's aides Nora Vale and Dana Holt.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Tom Ames" && a.Cue!.Text == "said" && a.Content.Text == "\"pier\" four times");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Tom Ames" && a.Cue!.Text == "specifically mentioned" && a.Content.Text == "the mayor's aides Nora Vale and Dana Holt");
    }

    [Fact]
    public void A_verb_of_the_same_form_in_the_reported_clause_keeps_the_second_verb_in_it()
    {
        var attributions = Analyze("Dana Holt says the harbour board meets in secret and votes without notice.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "says" && a.Content.Text == "the harbour board meets in secret and votes without notice");
        attributions.Should().NotContain(a => a.Cue!.Text == "votes");
    }

    [Fact]
    public void A_second_cue_in_a_clause_after_the_sentence_subject_takes_the_clauses_source()
    {
        var attributions = Analyze("The vote was close when Nora Vale called the pier plan “a farce” and promised to fight it.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "called" && a.Content.Text == "the pier plan “a farce”");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "promised" && a.Content.Text == "to fight it");
    }

    [Fact]
    public void A_second_cue_after_a_reported_clause_keeps_the_reporting_source()
    {
        var attributions = Analyze("Dana Holt complained Tom Ames had unfairly attacked her and questioned why the harbour board stayed silent.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "complained" && a.Content.Text == "Tom Ames had unfairly attacked her");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "questioned" && a.Content.Text == "why the harbour board stayed silent");
    }

    [Theory]
    [InlineData("Nora Vale says she trusts the harbour board and calls it “a steady hand.”", "Nora Vale", "she trusts the harbour board", "it “a steady hand.”")]
    [InlineData("He says he respects Dana Holt and calls her “the best skipper on the pier.”", "He", "he respects Dana Holt", "her “the best skipper on the pier.”")]
    public void A_verb_after_the_speakers_own_pronoun_does_not_keep_the_next_cue_inside(string text, string source, string firstContent, string secondContent)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "says" && a.Content.Text == firstContent);
        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "calls" && a.Content.Text == secondContent);
    }

    [Theory]
    [InlineData("Dana Holt says the pier trusts the board and calls it sound.", "the pier trusts the board and calls it sound")]
    [InlineData("Dana Holt has said she has reviewed the leases and disagrees with the board.", "she has reviewed the leases and disagrees with the board")]
    public void A_verb_after_another_subject_or_a_perfect_leaves_the_second_verb_in_the_reported_clause(string text, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Content.Text == content);
    }

    [Theory]
    [InlineData("“We will win,” Nora Vale said, and added that the pier would reopen in May.", "Nora Vale", "added", "that the pier would reopen in May")]
    [InlineData("“The pier is safe,” Dana Holt said - and warned that the ferry could stop.", "Dana Holt", "warned", "that the ferry could stop")]
    public void A_cue_after_a_quotes_tag_and_and_takes_the_tags_source(string text, string source, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "said");
        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }

    [Fact]
    public void A_verb_after_and_goes_on_with_the_speaker_named_before_the_pronoun_that_opens_the_content()
    {
        var attributions = Analyze("In a long, candid interview last year, Dana Holt said she welcomed the transfer and added that she would plead guilty.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "said" && a.Content.Text == "she welcomed the transfer");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "added" && a.Content.Text == "that she would plead guilty");
    }
}
