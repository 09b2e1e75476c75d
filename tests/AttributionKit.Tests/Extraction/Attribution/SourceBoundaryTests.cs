using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Where a source span starts and ends, as the attribution corpora (PolNeAR, PARC) mark it: a subject before its cue
/// with the phrases that restrict its head, a determiner opening the sentence, a list of groups, a passive agent inside
/// a phrase set off by commas, a subject borrowed by a participle cue with its appositive.
/// </summary>
public class SourceBoundaryTests
{
    [Theory]
    // Rule: ExtendOverPrepositions — a participle phrase after the head ("briefed on") belongs to the subject.
    [InlineData("People briefed on the talks said the pier would reopen in spring.", "said", "People briefed on the talks")]
    // Rule: RestrictiveClauseStart — a relative clause without commas, with a verb after "who", restricts the head.
    [InlineData("Skippers who have fished the bay for decades say the pier would reopen in spring.", "say", "Skippers who have fished the bay for decades")]
    // Rule: the object of a preposition names no one; the subject it belongs to does.
    [InlineData("Some advocates for the harbour said the pier would reopen in spring.", "said", "Some advocates for the harbour")]
    // Rule: GroupAtPlace — a plural opening the sentence, tied by "at" to a name, is a group that body defines.
    [InlineData("Officials at the Harbour Board said the pier would reopen in spring.", "said", "Officials at the Harbour Board")]
    // Rule: a prepositional phrase and a relative clause together.
    [InlineData("Pilots in Rockland who watched the vote said the pier would reopen in spring.", "said", "Pilots in Rockland who watched the vote")]
    // Rule: RestrictiveClauseStart — a clause opened by "whose" restricts the head too.
    [InlineData("Skippers whose boats sank say the pier would reopen in spring.", "say", "Skippers whose boats sank")]
    [InlineData("Harbour officials whose rules have been struck down say the pier would reopen in spring.", "say", "Harbour officials whose rules have been struck down")]
    [InlineData("A captain whose boat sank said the pier would reopen in spring.", "said", "A captain whose boat sank")]
    // Rule: OwnerBeforeWhoseNamesSource — the words before "whose" name the group, not the clause's last words.
    [InlineData("The harbour officials whose rules were struck down say the pier would reopen in spring.", "say", "The harbour officials whose rules were struck down")]
    // Rule: HeadsPeople — a relative pronoun ends the head as a preposition does, so "people" or "someone" before it
    // heads a subject that follows a comma or an opening clause.
    [InlineData("Still, people who have fought other harbour floods say the pier would reopen in spring.", "say", "people who have fought other harbour floods")]
    [InlineData("After the storm, someone who saw the crash said the pier would reopen in spring.", "said", "someone who saw the crash")]
    // Rule: ExtendOverPrepositions — a focusing "even" opening the clause stops the walk back and stands outside the subject.
    [InlineData("Even those who fought harbour floods say the pier would reopen in spring.", "say", "those who fought harbour floods")]
    [InlineData("Still, even skippers who fought floods say the pier would reopen in spring.", "say", "skippers who fought floods")]
    // Rule: ExtendOverPrepositions — a capitalised conjunction opening the sentence stops the walk back too.
    [InlineData("Though skippers who worked with Nora Vale say the pier would reopen in spring, few believe it.", "say", "skippers who worked with Nora Vale")]
    // Rule: WithQuantityDegree after ExtendOverPrepositions — "More than" opens the quantity that heads the subject.
    [InlineData("More than half of the pilots who attended the meetings said the pier would reopen in spring.", "said", "More than half of the pilots who attended the meetings")]
    [InlineData("More than 6 in 10 skippers who attended the meetings said the pier would reopen in spring.", "said", "More than 6 in 10 skippers who attended the meetings")]
    // Rule: IsGerundAfterDeterminer — a word in -ing after an article, perhaps with an adjective between, is a noun
    // that heads the relative clause.
    [InlineData("The little polling that was done before Tuesday's vote showed the pier would reopen in spring.", "showed", "The little polling that was done before Tuesday's vote")]
    [InlineData("The polling that was done before the vote showed the pier would reopen in spring.", "showed", "The polling that was done before the vote")]
    // Rule: IsObjectOfRelativeClause — an object pronoun closing a relative clause before the cue is no subject (a
    // time phrase before the cue stays out, as elsewhere).
    [InlineData("The skippers who met him say the pier would reopen in spring.", "say", "The skippers who met him")]
    [InlineData("The skippers who met him on Thursday say the pier would reopen in spring.", "say", "The skippers who met him")]
    // Rule: a list opened by commas before a name joined by "and" to a role and name ("harbour chief Tom Lane").
    [InlineData("Dana Holt, Nora Vale and harbour chief Tom Lane said the pier would reopen in spring.", "said", "Dana Holt, Nora Vale and harbour chief Tom Lane")]
    [InlineData("Holt, Vale and harbour chief Tom Lane said the pier would reopen in spring.", "said", "Holt, Vale and harbour chief Tom Lane")]
    public void A_subject_before_its_cue_keeps_the_phrases_that_restrict_its_head(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Theory]
    // Rule: SourcePhrase.ListStart — a subordinating conjunction opens the clause whose subject the list is.
    [InlineData("The ferry stayed, as Holt, Vale and Lane said the pier would reopen in spring.", "Holt, Vale and Lane")]
    [InlineData("The ferry stayed while Holt, Vale and harbour chief Tom Lane said the pier would reopen in spring.", "Holt, Vale and harbour chief Tom Lane")]
    public void A_list_after_a_subordinating_conjunction_is_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Fact]
    public void A_list_after_an_opening_phrase_stays_after_it()
    {
        // Counter-example: the phrase before the comma says where, so the list starts after it.
        WithCue("In Harbourton, Nora Vale and harbour chief Tom Lane said the pier would reopen in spring.", "said").Source!.Mention.Text
            .Should().Be("Nora Vale and harbour chief Tom Lane");
    }

    [Fact]
    public void A_plural_tied_to_a_group_of_places_keeps_them()
    {
        // Rule: GroupDefiningObject — "on both piers" opened by a quantity defines the group.
        WithCue("Skippers on both piers said the pier would reopen in spring.", "said").Source!.Mention.Text.Should().Be("Skippers on both piers");
    }

    [Fact]
    public void A_plural_before_an_occasion_stays_alone()
    {
        // Counter-example: "in a statement" tells where the words were said, not who said them.
        WithCue("Skippers in a statement said the pier would reopen in spring.", "said").Source!.Mention.Text.Should().Be("Skippers");
    }

    [Fact]
    public void A_noun_after_whose_right_before_the_cue_is_no_restricted_head()
    {
        // Counter-example: in "whose letter revealed" the cue is the clause's own verb, so the "whose" rule, which needs
        // the clause's verb before the cue, leaves the source as the other rules read it.
        WithCue("The harbour pilot whose letter first revealed that the pier was unsafe resigned on Monday.", "revealed").Source!.Mention.Text.Should().Be("The harbour pilot");
    }

    [Fact]
    public void A_name_after_that_without_a_verb_between_is_the_subject_itself()
    {
        // Counter-example: "that Dana Holt said" has no verb after "that", so the name is the subject of "said".
        WithCue("A report that Dana Holt said was wrong went to the board.", "said").Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Theory]
    // Counter-example: a main verb before the object is no participle of the subject ("released a statement").
    [InlineData("The town released a statement saying the pier would reopen in spring.", "The town")]
    // Rule: ObjectOfVerb — the time "spent" is the object; whoever spent it speaks.
    [InlineData("Dana Holt spent much of her campaign saying the pier would reopen in spring.", "Dana Holt")]
    // Counter-example: a past form not in subject-participles.txt ("ended with") is the clause's own verb.
    [InlineData("The talks ended with Dana Holt saying the pier would reopen in spring.", "Dana Holt")]
    public void A_main_verb_is_not_read_as_a_participle_of_the_subject(string text, string source)
    {
        WithCue(text, "saying").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: OpensPhraseAtSentenceStart — a capitalised determiner before a lower-case noun starts the phrase.
    [InlineData("These skippers said the pier would reopen in spring.", "said", "These skippers")]
    // Rule: "That" opening the sentence before a lower-case noun is its determiner.
    [InlineData("That skipper said the pier would reopen in spring.", "said", "That skipper")]
    // Rule: a time word's possessive after "Last" keeps both.
    [InlineData("Last year’s harbour figures show the pier would reopen in spring.", "show", "Last year’s harbour figures")]
    public void A_determiner_opening_the_sentence_stays_with_its_noun(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Counter-example: a time phrase opening the sentence without a comma is not part of the name.
    [InlineData("This week Dana Holt said the pier would reopen in spring.")]
    [InlineData("Last year Dana Holt said the pier would reopen in spring.")]
    public void A_time_phrase_opening_the_sentence_stays_out_of_the_name(string text)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Theory]
    // Rule: zero-relative-heads.txt — "the photo Dana Holt posted": the head noun of the clause is no part of the source.
    [InlineData("The photo Dana Holt posted shows a broken deck.", "posted", "Dana Holt")]
    // Rule: a quantifier opens the phrase; the noun before it heads a relative clause.
    [InlineData("It is the kind of repair many skippers fear the board will refuse.", "fear", "many skippers")]
    // Rule: zero-relative-heads.txt — "ones" and "amount" head such a clause too.
    [InlineData("Those were the ones the harbour board now says were lost.", "now says", "the harbour board")]
    [InlineData("Those were the ones Nora Vale now says were lost.", "now says", "Nora Vale")]
    public void A_noun_heading_a_relative_clause_without_that_is_not_the_source(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: zero-relative-heads.txt — "topics", "trends" head a clause without "that" before a name or a group.
    [InlineData("The topics Dana Holt mentioned in the speech were the pier and the fees.", "mentioned", "Dana Holt")]
    // Rule: NounPhrase.HeadsZeroRelative — a plural naming no people, then a group opened by a capitalised modifier.
    [InlineData("The fees are among the very harbour costs Democratic politicians point to with alarm.", "point to", "Democratic politicians")]
    public void A_plural_heading_a_relative_clause_without_that_is_not_the_source(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Counter-example: a list of names after a plural is its apposition and stays in the source.
    [InlineData("The cable networks CNN and Fox said the pier would reopen in spring.", "The cable networks CNN and Fox")]
    // Counter-example: a plural for people before a group is no head of a clause ("skippers", an "-ers" plural).
    [InlineData("The harbour skippers Democratic activists and pilots said the pier would reopen in spring.", "The harbour skippers Democratic activists and pilots")]
    public void A_plural_before_its_apposition_stays_in_the_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: NounPhrase.AfterPossessive — a participle after a possessive, over "own" or an adverb, is an adjective.
    [InlineData("The harbour board's own published figures show the pier would reopen in spring.", "show", "The harbour board's own published figures")]
    [InlineData("Dana Holt’s newly hired pilots said the pier would reopen in spring.", "said", "Dana Holt’s newly hired pilots")]
    [InlineData("The harbour master's close friends and allies said the pier would reopen in spring.", "said", "The harbour master's close friends and allies")]
    public void A_possessive_keeps_the_adjectives_of_its_noun(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Theory]
    // Counter-example: an adverb and participle after a noun that is no possessive ("the board recently hired").
    [InlineData("The pier the board recently repaired pilots said would reopen in spring.", "pilots")]
    public void A_participle_after_no_possessive_name_ends_the_subject(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_role_before_a_name_stays_with_it()
    {
        // Counter-example: a role noun before the name is its title, not the head of a relative clause.
        WithCue("The harbour master Dana Holt said the pier would reopen in spring.", "said").Source!.Mention.Text
            .Should().Be("The harbour master Dana Holt");
    }

    [Theory]
    // Rule: WithListBefore — a list of lower-case groups opening the sentence is one source.
    [InlineData("Skippers, pilots and harbour staff say the pier would reopen in spring.", "say", "Skippers, pilots and harbour staff")]
    // Rule: a conjunction may open the sentence before the list.
    [InlineData("But the skippers, pilots and harbour staff said the pier would reopen in spring.", "said", "the skippers, pilots and harbour staff")]
    public void A_list_of_groups_opening_the_sentence_is_the_source(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void An_opening_phrase_before_a_comma_is_no_item_of_the_list()
    {
        // Counter-example: "In Rockland," is an adverbial, not a group of the list.
        WithCue("In Rockland, skippers and pilots said the pier would reopen in spring.", "said").Source!.Mention.Text
            .Should().Be("skippers and pilots");
    }

    [Fact]
    public void A_passive_agent_inside_commas_stops_at_the_closing_comma()
    {
        // Rule: PassiveCue.WithinInsertedPhrase — the agent never runs on into the main clause.
        var attribution = WithCue("The pier plan, opposed by the fishermen’s union, goes to a vote in May.", "opposed");

        attribution.Source!.Mention.Text.Should().Be("the fishermen’s union");
        attribution.Content.Text.Should().Be("The pier plan");
    }

    [Fact]
    public void A_passive_agent_closing_the_sentence_keeps_its_appositive()
    {
        // Counter-example: with an auxiliary and no phrase set off by commas, the appositive up to the full stop stays.
        WithCue("The pier plan was opposed by the fishermen’s union, a group of skippers.", "was opposed").Source!.Mention.Text
            .Should().Be("the fishermen’s union, a group of skippers");
    }

    [Fact]
    public void A_subject_borrowed_by_a_participle_cue_keeps_its_appositive()
    {
        // Rule: VerbalCue.WithDescribingAppositive — ", saying …" credits the sentence's subject with its description.
        var attribution = WithCue("Dana Holt, the harbour master, repaired the deck, saying the pier would reopen in spring.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt, the harbour master,");
        attribution.Content.Text.Should().Be("the pier would reopen in spring");
    }

    [Fact]
    public void An_aside_after_the_subject_is_no_appositive()
    {
        // Counter-example: "too" between commas describes no one.
        WithCue("Dana Holt, too, repaired the deck, saying the pier would reopen in spring.", "saying").Source!.Mention.Text
            .Should().Be("Dana Holt");
    }
}
