using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>The source of a participle after a comma (", noting …", ", saying …"): the subject of the clause it attaches to.</summary>
public class ParticipleSourceTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_relative_clause_on_the_subject_closes_before_the_main_predicate()
    {
        var attributions = Analyze("Nora Vale, who is a pilot, also decried the harbour board's repeated calls to close the pier, noting that the boats need it.").Attributions;

        // The description between commas may stay with the name (SentenceSubject keeps it); the predicate never does.
        attributions.Should().Contain(a => a.Source!.Mention.Text.StartsWith("Nora Vale", StringComparison.Ordinal) && !a.Source.Mention.Text.Contains("decried", StringComparison.Ordinal)
            && a.Cue!.Text == "noting" && a.Content.Text == "that the boats need it");
    }

    [Fact]
    public void A_relative_clause_right_before_the_cue_stays_with_the_name()
    {
        var attributions = Analyze("Dana Holt, who runs the ferry, said the pier would reopen.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt, who runs the ferry," && a.Cue!.Text == "said" && a.Content.Text == "the pier would reopen");
    }

    [Fact]
    public void A_participle_after_a_clause_joined_by_and_goes_on_with_that_clause_subject()
    {
        var attributions = Analyze("Over the past two weeks, inspectors closed the pier and Mayor Dana Holt fired her deputy, Tom Reed, acknowledging that the town had lost trust in the board.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mayor Dana Holt" && a.Cue!.Text == "acknowledging" && a.Content.Text == "that the town had lost trust in the board");
    }

    [Fact]
    public void A_participle_after_a_clause_joined_by_a_comma_and_but_goes_on_with_that_clause_subject()
    {
        var attributions = Analyze("Holt quickly pivoted to talking about ferries, but Vale brought her back to the budget, asking Holt to explain the cuts.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Vale" && a.Cue!.Text == "asking" && a.Content.Text == "to explain the cuts");
    }

    [Fact]
    public void A_bare_and_joining_noun_phrases_leaves_the_participle_with_the_sentence_subject()
    {
        var attributions = Analyze("The harbour board isn't recommending a fine for Dana Holt and her staff related to the pier, saying such a move would set a new standard.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The harbour board" && a.Cue!.Text == "saying" && a.Content.Text == "such a move would set a new standard");
    }

    [Fact]
    public void A_participle_after_a_subordinate_clause_with_a_pronoun_subject_goes_on_with_the_pronoun()
    {
        var attributions = Analyze("Holt held a news conference in which she continued her attack on Vale, saying the pier was not safe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Cue!.Text == "saying" && a.Content.Text == "the pier was not safe");
    }

    [Fact]
    public void A_participle_after_a_subordinate_clause_with_a_named_subject_stays_with_the_sentence_subject()
    {
        var attributions = Analyze("Holt criticized the ferry plan when Vale arrived, saying the pier was unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Holt" && a.Cue!.Text == "saying" && a.Content.Text == "the pier was unsafe");
    }

    [Fact]
    public void A_participle_after_a_report_with_a_subordinate_clause_stays_with_the_reporter()
    {
        var attributions = Analyze("Holt said the pier was closed after she visited it, adding that repairs would start soon.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Holt" && a.Cue!.Text == "adding" && a.Content.Text == "that repairs would start soon");
    }

    [Fact]
    public void A_verb_joined_by_and_to_a_subordinate_clause_with_a_pronoun_subject_goes_on_with_the_pronoun()
    {
        var attributions = Analyze("Retired Captain Nora Vale started the row when she brought up the harbour and later said the pier was unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Cue!.Text == "later said" && a.Content.Text == "the pier was unsafe");
    }

    [Fact]
    public void A_verb_joined_by_and_to_a_subordinate_clause_with_a_noun_subject_goes_on_with_that_subject()
    {
        var attributions = Analyze("The harbour crowd cheered when Dana Holt spotted a sign in the crowd and asked the pilots to fetch it.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "asked" && a.Content.Text == "to fetch it");
    }

    [Fact]
    public void A_verb_joined_by_a_comma_and_after_a_subordinate_clause_goes_on_with_the_sentence_subject()
    {
        var attributions = Analyze("Nora Vale was calm when she visited the pier, and later said the ferry was late.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "later said" && a.Content.Text == "the ferry was late");
    }

    [Fact]
    public void A_time_phrase_opened_by_a_determiner_stands_before_the_subject()
    {
        var attributions = Analyze("The next month, a former harbour clerk announced plans to sue the board, claiming he was fired for his views.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "a former harbour clerk" && a.Cue!.Text == "claiming" && a.Content.Text == "he was fired for his views");
    }

    [Fact]
    public void A_determined_phrase_closing_on_no_time_word_is_the_subject()
    {
        var attributions = Analyze("The next president, Dana Holt, said the pier would reopen.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The next president, Dana Holt," && a.Cue!.Text == "said" && a.Content.Text == "the pier would reopen");
    }

    [Fact]
    public void An_adverb_of_sequence_between_the_conjunction_and_the_pronoun_leaves_the_clause_to_the_pronoun()
    {
        var attributions = Analyze("Nora Vale has broken many promises since then, but then he went and championed the ferry plan.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "he" && a.Cue!.Text == "championed" && a.Content.Text == "the ferry plan");
    }

    [Fact]
    public void An_adverb_before_the_earlier_cue_leaves_the_participle_with_that_cue_source()
    {
        var attributions = Analyze("Holt tweaked her old promise when she formally announced her deputy, calling Vale a partner.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "she" && a.Cue!.Text == "calling" && a.Content.Text == "Vale a partner");
    }
}
