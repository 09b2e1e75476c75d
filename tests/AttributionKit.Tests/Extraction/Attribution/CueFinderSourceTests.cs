using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Where the source of a reporting cue starts and ends.</summary>
public class CueFinderSourceTests
{
    [Theory]
    [InlineData("Harbour commissioner Nora Vale was the first to answer, writing that the pier would reopen.", "Harbour commissioner Nora Vale")]
    [InlineData("Maritime harbour pilot Nora Vale was the first to answer, writing that the pier would reopen.", "Maritime harbour pilot Nora Vale")]
    [InlineData("Local pilots answered the call, writing that the pier would reopen.", "Local pilots")]
    [InlineData("Both ferry captains stiffened their tone, writing that the pier would reopen.", "Both ferry captains")]
    public void Lower_case_modifiers_at_the_start_of_a_sentence_belong_to_the_subject(string text, string source)
    {
        var attribution = WithCue(text, "writing");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Theory]
    // Rule: CueModifiers — a connective adverb between the subject and the verb belongs to the cue.
    [InlineData("Vale has nevertheless called her vote an irresponsible one.", "Vale", "has nevertheless called", "her vote an irresponsible one")]
    [InlineData("Holt, however, has nonetheless said the pier would stay.", "Holt", "has nonetheless said", "the pier would stay")]
    public void A_connective_adverb_before_the_verb_is_part_of_the_cue(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Nora Vale won the vote easily, writing that the pier would reopen.", "Nora Vale")]
    [InlineData("Nora Vale released a statement, writing that the pier would reopen.", "Nora Vale")]
    public void A_verb_and_its_object_stay_out_of_the_subject(string text, string source)
    {
        WithCue(text, "writing").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void Names_joined_by_and_are_one_subject()
    {
        var attribution = WithCue("Nora Vale and Tom Reeve both spoke on Monday, writing that the pier would reopen.", "writing");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale and Tom Reeve");
    }

    [Fact]
    public void A_name_and_a_possessed_noun_before_the_predicate_are_one_subject()
    {
        // The annotated corpora take in the whole pair ("Nora Vale and her deputy"), not the name alone.
        var attribution = WithCue("Nora Vale and her deputy spoke on Monday, writing that the pier would reopen.", "writing");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale and her deputy");
    }

    [Fact]
    public void Now_before_the_verb_is_part_of_the_cue()
    {
        var attribution = WithCue("Port officials now say the pier will reopen in May.", "now say");

        attribution.Source!.Mention.Text.Should().Be("Port officials");
        attribution.Content.Text.Should().Be("the pier will reopen in May");
    }

    [Fact]
    public void Now_opening_a_sentence_is_not_part_of_the_cue()
    {
        var attribution = WithCue("Now she says the pier will reopen in May.", "says");

        attribution.Source!.Mention.Text.Should().Be("she");
    }

    [Theory]
    [InlineData("Tom Reeve, a pilot from Bath, Maine, said the pier would reopen.", "Tom Reeve, a pilot from Bath, Maine,")]
    [InlineData("Tom Reeve, a pilot from Bath, Me., said the pier would reopen.", "Tom Reeve, a pilot from Bath, Me.,")]
    public void A_place_and_its_state_stay_in_the_appositive(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_two_word_state_after_a_trailing_speaker_stays_in_the_appositive()
    {
        var attribution = WithCue("“The pier will reopen,” said Tom Reeve, a pilot from Newark, New Jersey, on Monday.", "said");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve, a pilot from Newark, New Jersey,");
    }

    [Fact]
    public void A_slash_joins_the_names_of_a_joint_poll()
    {
        var attribution = WithCue("The race is tied, according to a Harbour Times/Coast Radio poll.", "according to");

        attribution.Source!.Mention.Text.Should().Be("a Harbour Times/Coast Radio poll");
        attribution.Content.Text.Should().Be("The race is tied");
    }

    [Fact]
    public void A_long_source_after_according_to_runs_to_the_punctuation()
    {
        var attribution = WithCue(
            "Voters are restless, according to early results of the exit polls conducted for the harbour board and two radio stations by Coast Research.",
            "according to");

        attribution.Source!.Mention.Text.Should().Be("early results of the exit polls conducted for the harbour board and two radio stations by Coast Research");
    }

    [Fact]
    public void An_appositive_closing_the_sentence_after_according_to_belongs_to_the_source()
    {
        var attribution = WithCue("The race is tied, according to Tom Reeve, a harbour strategist.", "according to");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve, a harbour strategist");
        attribution.Content.Text.Should().Be("The race is tied");
    }

    [Fact]
    public void A_clause_after_the_appositive_keeps_the_source_short()
    {
        var attribution = WithCue("The race is tied, according to Tom Reeve, a harbour strategist, who spoke on Monday.", "according to");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve");
    }

    [Fact]
    public void A_web_address_ending_the_sentence_leaves_the_full_stop_out()
    {
        var attribution = WithCue("“The pier will reopen,” said Tom Reeve, editor of HarbourNews.com.", "said");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve, editor of HarbourNews.com");
    }

    [Fact]
    public void An_initialism_ending_the_source_keeps_its_full_stop()
    {
        var attribution = WithCue("The pier will reopen, according to the U.S.", "according to");

        attribution.Source!.Mention.Text.Should().Be("the U.S.");
    }

    [Theory]
    [InlineData("About three in 10 said they would vote for the harbour plan.", "About three in 10")]
    [InlineData("Nearly a third say they would vote for the harbour plan.", "Nearly a third")]
    [InlineData("Less than a third say they would vote for the harbour plan.", "Less than a third")]
    [InlineData("At least half of the pilots say they would vote for the harbour plan.", "At least half of the pilots")]
    public void A_word_of_degree_belongs_to_the_quantity_it_qualifies(string text, string source)
    {
        var attribution = WithCue(text, text.Contains(" said ", StringComparison.Ordinal) ? "said" : "say");

        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("A statement from the port’s office said the pier would reopen.", "A statement from the port’s office")]
    [InlineData("But many pilots on and off the island believe the pier will reopen.", "many pilots on and off the island")]
    [InlineData("Supporters of the harbour plan in Bath say the pier will reopen.", "Supporters of the harbour plan in Bath")]
    public void A_subject_opening_its_clause_keeps_the_phrases_after_its_head(string text, string source)
    {
        var cue = text.Contains(" said ", StringComparison.Ordinal) ? "said" : text.Contains("believe", StringComparison.Ordinal) ? "believe" : "say";

        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("After the meeting in Bath the pilots said the pier would reopen.", "the pilots")]
    [InlineData("The routine ended in laughter, and the pilots said the pier would reopen.", "the pilots")]
    public void A_phrase_that_does_not_open_the_subject_stays_out(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("Tom Reeve, 45, who flew in from Bath, said the pier would reopen.", "Tom Reeve, 45, who flew in from Bath,")]
    [InlineData("Tom Reeve, editor of the Harbour News, a weekly paper, said the pier would reopen.", "Tom Reeve, editor of the Harbour News, a weekly paper,")]
    public void A_name_followed_by_several_descriptions_is_found_behind_them(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_description_opening_the_sentence_and_the_name_after_it_are_one_source()
    {
        var attribution = WithCue("The director of the harbour board, Nora Vale, told reporters the pier would reopen.", "told");

        attribution.Source!.Mention.Text.Should().Be("The director of the harbour board, Nora Vale,");
        attribution.Content.Text.Should().Be("the pier would reopen");
    }

    [Fact]
    public void An_introductory_phrase_before_the_name_stays_out()
    {
        var attribution = WithCue("In an interview, Nora Vale, the harbour director, said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, the harbour director,");
    }

    [Theory]
    [InlineData("Two boats were damaged in the storm overnight, police said.", "police")]
    [InlineData("The pier is unsafe, pilots and harbour officials told the Coast Gazette.", "pilots and harbour officials")]
    [InlineData("“We are relieved,” one H&B Shipping employee told reporters.", "one H&B Shipping employee")]
    public void Collective_and_joined_subjects_name_the_source(string text, string source)
    {
        var attribution = WithCue(text, text.Contains("said", StringComparison.Ordinal) ? "said" : "told");

        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_sentence_opening_with_but_has_its_subject_after_the_conjunction()
    {
        var attribution = WithCue("But some harbour pilots fear the pier is unsafe and warn that the storm will return.", "warn");

        attribution.Source!.Mention.Text.Should().Be("some harbour pilots");
        attribution.Content.Text.Should().Be("that the storm will return");
    }

    [Theory]
    [InlineData("Mr. Reeve had the air of a winner, noting that the pier would reopen.", "Mr. Reeve")]
    [InlineData("Dr. Vale sounded a note of caution, noting that the pier would reopen.", "Dr. Vale")]
    public void An_honorific_opens_the_subject_of_a_participle(string text, string source)
    {
        WithCue(text, "noting").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void The_object_before_a_participle_after_a_comma_is_not_its_source()
    {
        var attribution = WithCue("Nora Vale sounded a note of doubt, saying that the pier might not reopen.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_subject_with_its_appositive_before_a_participle_keeps_the_appositive()
    {
        var attribution = WithCue("Nora Vale, the harbour director, saying that the pier would reopen, left the meeting.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, the harbour director,");
    }

    [Theory]
    [InlineData("In the end, Nora Vale, to her credit, said the pier would reopen.", "Nora Vale")]
    [InlineData("On Monday, Tom Reeve, in his statement, said the pier would reopen.", "Tom Reeve")]
    public void A_prepositional_aside_after_the_name_is_not_part_of_the_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_description_with_a_preposition_after_the_name_stays_in_the_source()
    {
        var attribution = WithCue("Tom Reeve, a pilot at the port, said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve, a pilot at the port,");
    }

    [Fact]
    public void An_irregular_past_verb_ends_the_subject()
    {
        var attribution = WithCue("The harbour director began by saying that the pier would reopen.", "saying");

        attribution.Source!.Mention.Text.Should().Be("The harbour director");
    }

    [Fact]
    public void A_paper_named_like_a_weekday_ending_the_paragraph_leaves_the_full_stop_out()
    {
        var attribution = WithCue("The race is tied, according to the Coast Sun.\n\nThe polls close at eight.", "according to");

        attribution.Source!.Mention.Text.Should().Be("the Coast Sun");
    }

    [Theory]
    [InlineData("The news for the board is that 60 percent of pilots in a Coast Radio poll said the pier should reopen.", "said", "60 percent of pilots in a Coast Radio poll")]
    [InlineData("Aides to the mayor say the pier will reopen.", "say", "Aides to the mayor")]
    [InlineData("Many of you have noted that the pier is closed.", "have noted", "Many of you")]
    public void A_subject_after_a_conjunction_or_with_to_or_of_keeps_its_phrases(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_possessive_role_opening_the_sentence_belongs_to_the_name_after_it()
    {
        var attribution = WithCue("The port’s chief engineer, Tom Reeve, a former pilot, said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("The port’s chief engineer, Tom Reeve, a former pilot,");
    }

    [Fact]
    public void A_phrase_without_a_role_before_the_name_stays_out()
    {
        var attribution = WithCue("On a windy morning, Tom Reeve, a former pilot, said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve, a former pilot,");
    }

    [Theory]
    [InlineData("Some retired harbour pilots say the pier is unsafe.", "say", "Some retired harbour pilots")]
    [InlineData("After a long night, retired pilot Tom Reeve said the pier is unsafe.", "said", "retired pilot Tom Reeve")]
    public void A_participle_used_as_an_adjective_stays_in_the_subject(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_verb_before_the_object_stays_out_of_the_subject()
    {
        var attribution = WithCue("Nora Vale attacked the board and said the pier is unsafe.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    // Rule: IsPluralSubjectHead — a cue form in -s with a reporting verb right after it heads the subject; the verb is the cue.
    [InlineData("Port records show that the pier lost money.", "show", "Port records")]
    [InlineData("Multiple reports reveal that the pier lost money.", "reveal", "Multiple reports")]
    // Counter-example: with a clause after it, the form in -s is the verb of its subject.
    [InlineData("The board reports that the pier lost money.", "reports", "The board")]
    public void A_cue_form_in_s_before_a_reporting_verb_heads_the_subject(string text, string cue, string source)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("that the pier lost money");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }
}
