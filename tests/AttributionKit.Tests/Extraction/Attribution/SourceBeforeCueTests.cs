using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The source phrase right before its cue: the noun phrase ending on the word before the cue, stretched back over
/// appositives, a role before a name and quantity words, and cut before a time phrase, a prepositional phrase or an aside.
/// </summary>
public class SourceBeforeCueTests
{
    // Rule: IsNounAfterDeterminer — a word after an article or possessive is a noun even where it could be a verb, so
    // the subject's phrases run on over it back to the head.
    [Theory]
    [InlineData("A person familiar with the planning for Thursday’s meeting says the pier will close.", "says", "A person familiar with the planning for Thursday’s meeting")]
    [InlineData("People familiar with the plans for the harbour say the pier will close.", "say", "People familiar with the plans for the harbour")]
    public void A_subject_runs_on_over_a_noun_that_could_be_a_verb(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: subject-prepositions.txt — a spatial preposition ("through", "around") ties a participle's phrase to the
    // subject's head, so the source is the whole subject, not the phrase's object.
    [Theory]
    [InlineData("Skippers marching through the streets chanted “No new fees!” until dawn.", "chanted", "Skippers marching through the streets")]
    [InlineData("Pilots standing around the pier said the fees were too high.", "said", "Pilots standing around the pier")]
    public void A_participle_phrase_with_a_spatial_preposition_belongs_to_the_subject(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: LevelWordsBeforeTitle — lower-case words before an abbreviated title ("state Rep.", "former state Del.")
    // belong to the name after a describing phrase; "Del." is a title that does not end the sentence.
    [Theory]
    [InlineData("Holt's niece, state Rep. Nora Vale, said the harbour was watching.", "Holt's niece, state Rep. Nora Vale,")]
    [InlineData("Holt's niece, former state Del. Nora Vale, said the harbour was watching.", "Holt's niece, former state Del. Nora Vale,")]
    [InlineData("Del. Nora Vale of the harbour district said the pier would reopen.", "Del. Nora Vale of the harbour district")]
    public void A_level_word_before_an_abbreviated_title_belongs_to_the_name(string text, string source) =>
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);

    // Rule: RoleOfNamedBody — a role at a body whose name ends capitalised ("the Port Authority of Kent") is renamed by
    // the name after its comma, after a quote too; before, the quote's tag fell to "told reporters" and its source was
    // "reporters".
    [Theory]
    [InlineData("“The budget is spent,” the chairman of the Port Authority of Kent, Nora Vale, told reporters.", "told", "the chairman of the Port Authority of Kent, Nora Vale,", "Nora Vale")]
    [InlineData("The chairman of the Port Authority, Nora Vale, said the budget is spent.", "said", "The chairman of the Port Authority, Nora Vale,", "Nora Vale")]
    public void A_role_at_a_named_body_and_the_name_after_it_are_the_source(string text, string cue, string source, string speaker)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Source.Name.Should().Be(speaker);
    }

    // Rule: SubjectBeforeFloatingQuantifier — "both" after an aside closed by a dash, or after an auxiliary that follows an
    // aside's comma, stands for the sentence's subject.
    [Theory]
    [InlineData("Harbour establishment figures — whose party was once respected for its discipline — both suggested the clerk be fired.", "suggested", "Harbour establishment figures")]
    [InlineData("Holt and Vale have both urged the mayor to release the tapes.", "urged", "Holt and Vale")]
    public void A_floating_quantifier_stands_for_the_subject(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: DescribesFurtherLeft — a state after a town ("Bath, Maine,") closes the place of a relative clause further
    // left; the name is the one the clause describes, not the state.
    [Fact]
    public void A_state_after_a_town_in_a_relative_clause_is_no_name() =>
        WithCue("Dana Holt, who lost her daughter during the storm in Bath, Maine, in July 2012, said that the pier had failed her.", "said")
            .Source!.Mention.Text.Should().Be("Dana Holt, who lost her daughter during the storm in Bath, Maine, in July 2012,");

    // Rule: SubordinateClauseAfterDay — after a weekday, "after", "before" or "since" opens a clause whose subject stands
    // right before the cue; the weekday is no name for a prepositional phrase to follow.
    [Theory]
    [InlineData("Dana Holt spoke on Sunday after the harbour chief had said on Saturday that she was weak.", "had said", "the harbour chief", "that she was weak")]
    [InlineData("Nora Vale left the pier Friday before the pilots said the ferry would stop.", "said", "the pilots", "the ferry would stop")]
    public void A_clause_after_a_weekday_and_a_subordinator_has_its_own_subject(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_name_before_after_and_its_phrase_is_the_source() =>
        // Without a weekday, "after the vote" is a phrase of time between the subject and its cue.
        WithCue("Dana Holt after the vote said the pier would close.", "said").Source!.Mention.Text.Should().Be("Dana Holt");

    [Fact]
    public void The_pronoun_of_a_contraction_before_the_cue_is_the_source()
    {
        // Rule: PronounOfContraction ("she’d say" names "she", not "she’d").
        var attribution = WithCue("“The pier needs a new deck,” she’d say at every meeting.", "say");

        attribution.Source!.Mention.Text.Should().Be("she");
        attribution.Content.Text.Should().Be("“The pier needs a new deck,”");
    }

    [Theory]
    // Rule: a party tag between commas ("R-Maine,") describes the name before it.
    [InlineData("Sen. Ann Cole, R-Maine, said the pier would reopen in spring.", "Sen. Ann Cole, R-Maine,")]
    // Rule: Appositive stretches run over a place ("from Rockland, Maine,") back to the name.
    [InlineData("Dana Holt, a pilot from Rockland, Maine, said the pier would reopen in spring.", "Dana Holt, a pilot from Rockland, Maine,")]
    // Rule: an age is one more appositive stretch before the description.
    [InlineData("Dana Holt, 52, a pilot from Rockland, said the pier would reopen in spring.", "Dana Holt, 52, a pilot from Rockland,")]
    // Rule: RoleBeforeName (a description opening the sentence, then the name it describes).
    [InlineData("The harbour master, Dana Holt, said the pier would reopen in spring.", "The harbour master, Dana Holt,")]
    // Rule: a closing bracket in the gap before the cue belongs to the name.
    [InlineData("Gov. Dana Holt (R-Maine) said the pier would reopen in spring.", "Gov. Dana Holt (R-Maine)")]
    public void Appositives_and_tags_between_the_name_and_the_cue_belong_to_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Theory]
    // Rule: an aside from DiscourseAsides between commas is not part of the name.
    [InlineData("Dana Holt, meanwhile, said the pier would reopen in spring.")]
    // Rule: a participle clause between commas is not part of the name.
    [InlineData("Dana Holt, wearing a yellow slicker, said the pier would reopen in spring.")]
    // Rule: a phrase after a preposition ("on Tuesday") after a capitalised subject is skipped to the subject.
    [InlineData("Dana Holt on Tuesday said the pier would reopen in spring.")]
    // Rule: placeTail — a prepositional aside between commas may end on a place name after its own comma.
    [InlineData("Dana Holt, during a town meeting in Rockland, Maine, said the pier would reopen in spring.")]
    public void An_aside_or_a_phrase_between_the_name_and_the_cue_is_cut_off(string text)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Theory]
    // Rule: "Trump in his first speech called" — the subject stands before the preposition.
    [InlineData("Holt in her budget speech called the pier a priority.", "called", "Holt")]
    // Rule: TimePhraseStart — "at the time" between the subject and the cue is never the source.
    [InlineData("The harbour board at the time said the pier would reopen in spring.", "said", "The harbour board")]
    // Rule: a time phrase ending in "ago" that the phrase read back ran over is cut off.
    [InlineData("The agency two weeks ago said the pier would reopen in spring.", "said", "The agency")]
    [InlineData("Holt two weeks ago said the pier would reopen in spring.", "said", "Holt")]
    [InlineData("The harbour board a few months ago warned that the pier was unsafe.", "warned", "The harbour board")]
    public void A_phrase_of_place_or_time_before_the_cue_leaves_the_subject_before_it(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: WithQuantityDegree — a degree word ("Nearly") before a quantity ("a third") belongs to it.
    [InlineData("Nearly a third of the fishermen say the pier should reopen.", "Nearly a third of the fishermen")]
    // Rule: WithQuantityDegree — "At least" before a quantity ("half") belongs to it.
    [InlineData("At least half of the skippers say the pier should reopen.", "At least half of the skippers")]
    public void A_word_of_degree_before_a_quantity_opens_the_source(string text, string source)
    {
        var attribution = WithCue(text, "say");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier should reopen");
    }

    [Fact]
    public void A_possessive_pronoun_before_the_cue_names_no_source()
    {
        // Counter-example: CanNameSource refuses "his" alone, so the cue has no source before it and nothing is credited.
        ArticleAnalyzer.Analyze("The pier was closed for repairs, his said.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().BeEmpty();
    }

    [Theory]
    // Rule: NameAfterOpeningPhrase — a time word, a phrase of place, then the name right before the cue.
    [InlineData("The vote was close. Saturday at the state party convention Sen. Dana Holt (D-ME) said the pier plan was a “proven failure” for the town.", "Sen. Dana Holt (D-ME)", "Dana Holt")]
    // Rule: NameAfterOpeningPhrase — a phrase opened by a preposition, then a one-word name.
    [InlineData("The vote was close. During the debate Holt said the pier plan was a “proven failure” for the town.", "Holt", "Holt")]
    [InlineData("The vote was close. At the hearing Sen. Tom Reed said the pier plan was a “proven failure” for the town.", "Sen. Tom Reed", "Tom Reed")]
    public void A_name_after_an_opening_phrase_of_time_or_place_is_the_speaker(string text, string source, string speaker)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("proven failure");
        quote.Speaker.Should().Be(speaker);
        quote.Kind.Should().Be(QuoteKind.Partial);
    }

    [Fact]
    public void A_description_with_a_place_after_a_name_stays_an_appositive()
    {
        // Counter-example: "a pilot from Rockland, Maine" is an appositive, not an aside, so it stays in the source.
        WithCue("Dana Holt, a pilot from Rockland, Maine, said the pier would reopen in spring.", "said").Source!.Mention.Text
            .Should().Be("Dana Holt, a pilot from Rockland, Maine,");
    }

    [Theory]
    // Counter-example: the capitalised words after the phrase are part of it ("the Harbour Board"), then a possessive.
    [InlineData("Members of the Harbour Board’s staff said the pier plan was a failure.", "Members of the Harbour Board’s staff")]
    // Counter-example: no preposition opens the phrase, so the whole noun phrase is the source.
    [InlineData("The harbour master Dana Holt said the pier plan was a failure.", "The harbour master Dana Holt")]
    public void A_name_not_after_an_opening_phrase_keeps_the_whole_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: DatedPoll — the time after the participle dating a poll is part of the source, not of the cue.
    [InlineData("A harbour poll conducted last week found that voters were angry.", "found", "A harbour poll conducted last week")]
    [InlineData("A harbour poll out this week shows that voters were angry.", "shows", "A harbour poll out this week")]
    [InlineData("A harbour poll conducted in February found that voters were angry.", "found", "A harbour poll conducted in February")]
    // Counter-example: a time after a name goes with the cue.
    [InlineData("Dana Holt last week said that voters were angry.", "last week said", "Dana Holt")]
    public void The_time_dating_a_poll_stays_in_the_source(string text, string cue, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("that voters were angry");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_day_after_on_is_no_part_of_a_polls_source()
    {
        // Counter-example: "on Thursday" dates the release, and PolNeAR leaves it out of the source.
        var attribution = PlainTextAttributions.WithCue("A harbour poll released on Thursday shows that voters were angry.", "shows");

        attribution.Source!.Mention.Text.Should().NotContain("Thursday");
        attribution.Content.Text.Should().Be("that voters were angry");
    }

    [Fact]
    public void An_infinitive_between_commas_is_what_was_said_not_an_appositive()
    {
        var attribution = WithCue("Headline\n\nThe mayor warned the harbour master, Tom Lane, not to reopen the pier, said a council aide.", "said");

        attribution.Source!.Mention.Text.Should().Be("a council aide");
        attribution.Content.Text.Should().Be("The mayor warned the harbour master, Tom Lane, not to reopen the pier");
    }

    [Theory]
    [InlineData("Headline\n\nJust over a quarter of skippers say they will vote for the pier.", "Just over a quarter of skippers")]
    [InlineData("Headline\n\nOnly about half of the skippers say they will vote for the pier.", "Only about half of the skippers")]
    public void Stacked_degree_words_before_a_share_belong_to_the_source(string text, string source)
    {
        WithCue(text, "say").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void Long_between_the_auxiliary_and_the_verb_belongs_to_the_cue()
    {
        var attribution = WithCue("Headline\n\nHarbour pilots — including Tom Lane — have long argued that the channel is too shallow.", "have long argued");

        attribution.Source!.Mention.Text.Should().Be("Harbour pilots — including Tom Lane —");
        attribution.Content.Text.Should().Be("that the channel is too shallow");
    }

    [Fact]
    public void An_including_aside_after_a_lower_case_group_belongs_to_the_source()
    {
        var attribution = WithCue("Headline\n\nMaine harbour officials, including Tom Lane, have said that the pier will reopen.", "have said");

        attribution.Source!.Mention.Text.Should().Be("Maine harbour officials, including Tom Lane,");
    }

    [Fact]
    public void A_progressive_after_an_appositive_keeps_the_subject()
    {
        var attribution = WithCue("Headline\n\nMaine harbour officials, including the governor, are hoping that the pier will reopen.", "are hoping");

        attribution.Source!.Mention.Text.Should().Be("Maine harbour officials, including the governor,");
    }

    [Theory]
    // Rule: a place adverb ("there", "here") right after a plural noun belongs to the source.
    [InlineData("Polls there show Holt trailing Vale.", "show", "Polls there")]
    [InlineData("The dockworkers here said they would strike.", "said", "The dockworkers here")]
    public void A_place_adverb_after_a_plural_group_belongs_to_the_source(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    [Fact]
    public void A_place_adverb_after_a_verb_is_no_part_of_a_source() =>
        // Rule: "says there is" — the adverb follows the cue; "lives there" after a pronoun is a verb, not a group.
        WithCue("Holt says there is no plan for the pier.", "says").Source!.Mention.Text.Should().Be("Holt");

    // Rule: a phrase after a preposition is no subject ("Holt in his first speech said"), but a pronoun in the subject
    // case after "after", "before" or "since" opens a clause of its own and is its subject.
    [Theory]
    [InlineData("Dana Holt was jeered at the Harbour Club after he said that the pier should close.", "said", "he")]
    [InlineData("Dana Holt in her first speech said the pier was closed.", "said", "Dana Holt")]
    public void A_subject_pronoun_after_a_preposition_like_word_is_the_source(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    // Rule: TimePhraseStart — a time phrase whose time word follows a determiner ("earlier in the day", "at one point")
    // stands between the subject and the cue and is never the source.
    [Theory]
    [InlineData("The board met after Dana Holt earlier in the day touted progress on the pier.", "touted", "Dana Holt")]
    [InlineData("Nora Vale at one point said the pier was safe.", "said", "Nora Vale")]
    public void A_time_phrase_with_a_determiner_before_the_cue_is_no_source(string text, string cue, string source) =>
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
}
