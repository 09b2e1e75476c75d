using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The subject that opens a sentence: time phrases, adverbials and objects before or after it are not the subject.
/// </summary>
public class SentenceSubjectTests
{
    // Rule: OpensDegreePhrase — "Most recently," and "Less patient than …," grade a describing word; the subject follows
    // the comma. "More than half of …" and "Most pilots" stay subjects.
    [Theory]
    [InlineData("Most recently, Dana Holt saw her support collapse after mocking Nora Vale in two debates.", "mocking", "Dana Holt")]
    [InlineData("Less patient than her sister, Dana Holt was also more welcoming of skippers than her father.", "was also more welcoming", "Dana Holt")]
    [InlineData("More than half of the pilots said the pier should close.", "said", "More than half of the pilots")]
    public void An_opening_word_of_degree_grading_a_describing_word_is_no_subject(string text, string cue, string source) =>
        PlainTextAttributions.WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: OpensParticiplePhrase — a capitalised participle in -ing before a preposition, determiner or object pronoun
    // opens a phrase closed by a comma; the subject of a cue joined by ", and" follows that comma.
    [Theory]
    [InlineData("Walking to the pier, Dana Holt waved to the crowd, and said the ferry would stay.", "Dana Holt")]
    [InlineData("Speaking to reporters, the harbour chief waved to the crowd, and said the ferry would stay.", "the harbour chief")]
    public void An_opening_participle_phrase_is_no_subject(string text, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the ferry would stay");
    }

    // Rule: OpensClauseAfterColon — a colon before a capitalised word opens a clause with its own subject; an auxiliary
    // there opens a question.
    [Theory]
    [InlineData("This is no small irony: Dana Holt spent much of her campaign railing against the pier tax.", "railing against", "Dana Holt", "the pier tax")]
    [InlineData("The task is steep: Many skippers have come to know Nora Vale only recently.", "know", "Many skippers", "Nora Vale only recently")]
    public void A_clause_after_a_colon_has_its_own_subject(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_gerund_subject_without_a_comma_before_the_cue_stays_content()
    {
        // Counter-example: "Spending on the pier" is the reported clause's subject; the comma closes that clause.
        var attribution = PlainTextAttributions.WithCue("Spending on the pier has doubled, Dana Holt said.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("Spending on the pier has doubled");
    }

    [Fact]
    public void A_time_phrase_closed_by_a_comma_is_skipped_to_the_subject()
    {
        const string text = "Late last month, the company wrote a letter to the dean, calling the reports “inaccurate and deliberately misleading.”";

        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("inaccurate and deliberately misleading.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be("the company");
    }

    [Theory]
    [InlineData("Early voters waited for hours at the polls, calling the wait “a disgrace.”", "Early voters")]
    [InlineData("August Pfluger, 45, wrote a letter to the dean, calling the reports “a disgrace.”", "Pfluger")]
    public void A_time_word_that_opens_the_subject_is_no_time_phrase(string text, string speaker)
    {
        // Counter-examples: a verb ("waited") or a name ("Pfluger") before the comma: the time word opens the subject.

        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("a disgrace.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Saturday at the state party convention Sen. Elizabeth Warren (D-MA) spoke for an hour, calling the plan “a proven failure” in business.", "Elizabeth Warren")]
    [InlineData("In an interview on Tuesday Sen. Elizabeth Warren spoke for an hour, calling the plan “a proven failure” in business.", "Elizabeth Warren")]
    public void An_opening_time_or_place_phrase_without_a_comma_runs_on_to_the_name_after_it(string text, string speaker)
    {
        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("a proven failure");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_name_that_opens_the_sentence_is_the_subject_even_after_a_preposition_inside_it()
    {
        // Counter-example: the sentence opens on the name, not on a time or place phrase.
        const string text = "Sen. Elizabeth Warren at the state party convention of New Hampshire spoke for an hour, calling the plan “a proven failure” in business.";

        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("a proven failure");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be("Elizabeth Warren");
    }

    [Fact]
    public void A_dateline_is_followed_by_the_sentences_own_opening_phrase()
    {
        // Rule: after "MILLBROOK (AP) —" the sentence may open with a phrase of its own before the subject.
        var quote = PlainTextQuotes.OnlyQuoteIn("MILLBROOK, Dec. 8 (AP) — In response to the board’s vote on the levy, Dana Fisk’s right-hand woman rallied supporters, saying: “We have to be ready to stop it.”");

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("Dana Fisk’s right-hand woman");
    }

    [Fact]
    public void A_possessive_phrase_before_a_noun_verb_is_no_subject_of_the_quote()
    {
        // Counter-example: "Fisk’s gloomy tone was …": "was" ends in -s but no modifier run ends on it; the relative
        // clause keeps the quote.
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting.\n\nFisk’s gloomy tone was a contrast to the sunny introduction by Lena Ortiz, who portrayed her as “the harbor’s champion.”");

        quote.SpeakerMention!.Text.Should().Be("who");
    }

    [Theory]
    // Rule: HeadBeforeVerb — a capitalised modifier runs on to its plural head and the phrase restricting it, up to the verb.
    [InlineData("Anti-Lee forces on the pier were holding out Tuesday, after seeking to convince the board that the vote was not bound.", "seeking", "Anti-Lee forces on the pier", "to convince the board that the vote was not bound")]
    // Rule: a group determiner ("Both") runs on to the plural head and its phrase of place.
    [InlineData("Both campaigns in the harbour race are using the failed bill to portray their rival as a failure.", "portray", "Both campaigns in the harbour race", "their rival as a failure")]
    // Rule: after "of", a determiner, a possessive and modifiers lead on to the head before the verb.
    [InlineData("Fifty of the town’s top Democratic harbour officials signed an open letter Monday making it clear that they oppose the plan.", "making it clear", "Fifty of the town’s top Democratic harbour officials", "that they oppose the plan")]
    // Rule: a phrase of time inside the restricting phrase stays out with its preposition ("on Thursday night").
    [InlineData("After two debates, the two chief rivals to Dana Holt on Thursday night largely abandoned their plan, choosing instead to praise the pier.", "praise", "the two chief rivals to Dana Holt", "the pier")]
    public void A_subject_opened_by_modifiers_runs_on_to_its_head_noun(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Counter-example: a word with a determiner after it is the verb ("sued the council"), not part of the subject.
    [InlineData("The harbour board sued the council in court on Friday, seeking an injunction against the closure.", "seeking", "The harbour board", "an injunction against the closure")]
    // Counter-example: a word in -s before a name, after a noun, is the verb taking the name as its object.
    [InlineData("The Holt ad hits Lee for closing the pier, saying he failed the town.", "saying", "The Holt ad", "he failed the town")]
    // Counter-example: a word in -s after a noun heading the phrase is its verb, not a plural head ("functions in the play").
    [InlineData("The harbour character functions in the play as a warning, saying little.", "saying", "The harbour character", "little")]
    // Counter-example: a word in -s closing the clause after a name is its verb.
    [InlineData("Dana Holt continues, arguing that the pier must reopen.", "arguing", "Dana Holt", "that the pier must reopen")]
    public void A_verb_after_the_subject_is_no_head_noun(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: NamingAppositiveEnd — names set off by commas after the head noun are part of the subject, with the closing comma.
    [InlineData("Two harbour skippers, Dana Holt and Ann Lee, repaired the deck, saying the pier would reopen.", "saying", "Two harbour skippers, Dana Holt and Ann Lee,", "the pier would reopen")]
    // Rule: a comma closes the restricting phrase after a plural head; an aside about the saying after it stays out.
    [InlineData("Kelp farmers of the bay, on the other hand, argued that the pier must reopen.", "argued", "Kelp farmers of the bay", "that the pier must reopen")]
    public void A_comma_after_the_head_noun_closes_the_subject(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_subject_pronoun_joined_by_and_keeps_the_second_phrase()
    {
        // Rule: a subject pronoun opening the sentence and joined by "and" to a phrase before the verb is one subject.
        var attribution = PlainTextAttributions.WithCue("She and her deputies have vowed to reopen the pier, acknowledging that the deck was unsafe.", "acknowledging");

        attribution.Source!.Mention.Text.Should().Be("She and her deputies");
        attribution.Content.Text.Should().Be("that the deck was unsafe");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: the pronoun of a contraction opening the sentence is its subject ("She's" names "She").
    [InlineData("She's a harbour supporter but concedes that most of her neighbours love the pier.", "concedes", "She", "that most of her neighbours love the pier")]
    // Rule: "Even" before a name opening the sentence stands before the subject.
    [InlineData("Even Holt tried to calm the crowd, noting that the pier was safe.", "noting", "Holt", "that the pier was safe")]
    public void An_opening_contraction_or_focusing_adverb_leaves_the_subject(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_opening_it_s_is_no_speaker()
    {
        // Rule: "It's" opens a cleft or a comment, so the participle after it takes no "It" as its source.
        ArticleAnalyzer.Analyze("It's a plan the council backed, noting that the pier was safe.", ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "It");
    }

    [Fact]
    public void A_time_phrase_ending_in_later_without_a_comma_stands_before_a_pronoun_subject()
    {
        var attributions = ArticleAnalyzer.Analyze("A few minutes later they reopened the pier and said the ferry would sail at noon.", ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "they" && a.Cue!.Text == "said" && a.Content.Text == "the ferry would sail at noon");
    }

    [Fact]
    public void An_adverb_later_after_the_subject_keeps_the_subject()
    {
        var attributions = ArticleAnalyzer.Analyze("The harbour master later said the ferry would sail at noon.", ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The harbour master" && a.Content.Text == "the ferry would sail at noon");
    }

    // Rule: MainClausePronounAfter — an opening clause of "when", "after" … may hold an aside of its own; a personal
    // pronoun after its closing comma is the main clause's subject.
    [Theory]
    [InlineData("When Tom Reed, the mayor's aide, was asked if the pier would open, he laughed and said the board would decide.", "said", "he")]
    [InlineData("After Nora Vale, the harbour chief, left the meeting, she smiled and said the vote was fair.", "said", "she")]
    public void A_pronoun_after_an_opening_clause_with_an_aside_is_the_subject(string text, string cue, string source) =>
        PlainTextAttributions.WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: MainClauseAfterSubordinate — when the opening phrases end on no subject, the main clause opens after the
    // first comma past a subordinating word that a subject with its finite verb, or a pronoun in a contraction, follows.
    [Theory]
    [InlineData("Since Holt's op-ed backing the ferry in May, she's tacked to the left on the harbour, criticizing the ferry plan.", "criticizing", "she")]
    [InlineData("In a debate in May, while most of her rivals called for a bigger fight, also known as a brawl, Dana Holt held back, noting that the pier was safe.", "noting", "Dana Holt")]
    public void The_main_clause_after_an_opening_subordinate_clause_names_the_subject(string text, string cue, string source) =>
        PlainTextAttributions.WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
}
