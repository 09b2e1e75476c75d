using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class CueFinderTests
{
    private static Model.Attribution Only(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);
        return result.Attributions.Should().Contain(a => a.Content.Text.StartsWith('“')).Which;
    }

    [Theory]
    [InlineData("“The harbour will reopen in spring,” said Nora Vale, deputy director of the port authority.", "Nora Vale, deputy director of the port authority")]
    [InlineData("“The harbour will reopen in spring,” said Nora Vale, Democrat of Maine.", "Nora Vale, Democrat of Maine")]
    public void A_description_after_a_trailing_speaker_belongs_to_the_source(string text, string source)
    {
        Only(text).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("President Trump said Monday that talks would resume.", "that talks would resume")]
    [InlineData("The mayor said yesterday that the bridge is safe.", "that the bridge is safe")]
    [InlineData("The mayor said Tuesday night that the bridge is safe.", "that the bridge is safe")]
    // No "that": the day may be what was said about, so the content keeps it.
    [InlineData("Lee said Monday was the deadline.", "Monday was the deadline")]
    public void A_day_after_the_cue_dates_the_saying_and_the_content_starts_at_that(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Subject;

        attribution.Content.Text.Should().Be(content);
        attribution.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_day_ending_a_phrase_before_a_comma_does_not_hand_the_next_clause_to_the_verb_before_it()
    {
        var attributions = ArticleAnalyzer.Analyze("In a Facebook message posted Friday, Cruz said he would vote for the nominee.", ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().ContainSingle(a => a.Content.Text.Contains("vote", StringComparison.Ordinal))
            .Which.Source!.Mention.Text.Should().Be("Cruz");
    }

    [Theory]
    [InlineData("In a Facebook message posted Friday, Cruz said he would vote for the nominee.")]
    [InlineData("The video, released Tuesday night, Lee said, was edited.")]
    public void A_day_or_time_alone_is_never_what_was_said(string text)
    {
        var attributions = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().NotContain(a => a.Content.Text == "Friday" || a.Content.Text == "Tuesday night");
        attributions.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Privately, the harbour crews agree with the plan.")]
    [InlineData("A reporter asked whether the pier was safe, and Dana Holt responded curtly.")]
    public void A_lone_adverb_is_never_what_was_said(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Content.Text.TrimEnd(',', '.').EndsWith("ly", StringComparison.Ordinal) && !a.Content.Text.Contains(' ', StringComparison.Ordinal));

    [Fact]
    public void A_one_word_quote_in_ly_keeps_its_speaker() =>
        Only("“Absolutely,” Dana Holt said.").Content.Text.Should().Be("“Absolutely,”");

    [Fact]
    public void An_appositive_closed_by_a_comma_keeps_the_comma()
    {
        var attribution = Only("“The harbour will reopen in spring,” said Nora Vale, a port official, in a statement.");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, a port official,");
        attribution.Source.Name.Should().Be("Nora Vale");
    }

    [Fact]
    public void Chained_appositives_run_to_the_end_of_the_sentence()
    {
        var attribution = Only("“The harbour will reopen in spring,” said Nora Vale, a pilot in Bath, Maine, who has worked the port for years.");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, a pilot in Bath, Maine, who has worked the port for years");
    }

    [Theory]
    [InlineData("“The harbour will reopen in spring,” said Nora Vale, adding that repairs had started.")]
    [InlineData("“The harbour will reopen in spring,” said Nora Vale, in a statement.")]
    public void A_participle_or_a_preposition_after_the_speaker_is_no_description(string text)
    {
        Only(text).Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_role_for_an_organisation_is_one_source()
    {
        Only("A spokesman for the port authority said, “The harbour will reopen in spring.”").Source!.Mention.Text
            .Should().Be("A spokesman for the port authority");
    }

    [Fact]
    public void A_possessive_before_a_role_opens_the_source()
    {
        Only("Her advisers said, “The harbour will reopen in spring.”").Source!.Mention.Text.Should().Be("Her advisers");
        Only("Many of her advisers said, “The harbour will reopen in spring.”").Source!.Mention.Text.Should().Be("Many of her advisers");
    }

    [Fact]
    public void A_cue_after_a_quote_that_closes_its_sentence_reports_the_clause_after_it()
    {
        var result = ArticleAnalyzer.Analyze(
            "The mayor praised the plan as “a fresh start for the harbour.” Nora Vale says the repairs will take two years.",
            ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Content.Text == "the repairs will take two years"
            && a.Source!.Mention.Text == "Nora Vale");
    }

    [Fact]
    public void A_cue_right_after_a_quote_still_credits_the_quote()
    {
        Only("“The harbour will reopen in spring.” Nora Vale said.").Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("Some offers to buy the pier came from abroad.")]
    [InlineData("The plans to build a new pier were dropped in May.")]
    public void A_noun_form_of_a_cue_after_a_capitalised_determiner_is_the_noun(string text)
    {
        // "Some" and "The" open the sentence with a capital, but they are no subject a verb could follow.
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Turnout in the state was higher than in any year before.")]
    [InlineData("Nine states held contests on the same day.")]
    [InlineData("After the 2015 attacks the harbour closed for a week.")]
    public void State_and_numbered_nouns_are_no_cues(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void States_that_is_a_cue()
    {
        var result = ArticleAnalyzer.Analyze("The report states that the harbour will reopen in spring.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle().Which.Content.Text.Should().Contain("the harbour will reopen in spring");
    }

    [Theory]
    [InlineData("Nora Vale, meanwhile, said the harbour will reopen in spring.")]
    [InlineData("Nora Vale, for her part, said the harbour will reopen in spring.")]
    public void An_aside_between_speaker_and_cue_is_not_part_of_the_source(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle()
            .Which.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    private static Model.Attribution Single(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

    [Theory]
    [InlineData("Nora Vale, 45, a pilot from Bath, said the harbour will reopen in spring.", "Nora Vale, 45, a pilot from Bath,")]
    [InlineData("Nora Vale, a pilot from Bath, Maine, said the harbour will reopen in spring.", "Nora Vale, a pilot from Bath, Maine,")]
    [InlineData("Nora Vale, Kent’s port manager, said the harbour will reopen in spring.", "Nora Vale, Kent’s port manager,")]
    [InlineData("Nora Vale, Davis’ port manager, said the harbour will reopen in spring.", "Nora Vale, Davis’ port manager,")]
    public void Chained_appositives_before_the_cue_belong_to_the_source(string text, string source)
    {
        Single(text).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_participle_clause_before_the_cue_is_not_part_of_the_source()
    {
        var attribution = Single("Nora Vale, wearing a yellow coat with the port's crest on it, said the harbour will reopen in spring.");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("the harbour will reopen in spring");
    }

    [Fact]
    public void Words_before_a_comma_are_no_chain_of_appositives()
    {
        ArticleAnalyzer.Analyze("In spring, Bath, Maine, said the harbour will reopen.", ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("In", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“The harbour will reopen in spring,” New Bath Harbour Master Nora Vale said.", "New Bath Harbour Master Nora Vale")]
    [InlineData("“The harbour will reopen in spring,” Former Mayor Nora Vale said.", "Former Mayor Nora Vale")]
    public void New_and_former_open_a_name(string text, string source)
    {
        Only(text).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_bracketed_party_before_a_comma_ends_the_source()
    {
        Only("Sen. Nora Vale (D-ME), said, “The harbour will reopen in spring.”").Source!.Mention.Text.Should().Be("Sen. Nora Vale (D-ME)");
    }

    [Theory]
    [InlineData("The harbour will reopen in spring, the port authority said Thursday.")]
    [InlineData("The harbour will reopen in spring, the port authority said last week.")]
    [InlineData("The harbour will reopen in spring,\u00a0the port authority said.")]
    public void A_time_phrase_after_the_cue_leaves_the_content_before_it(string text)
    {
        var attribution = Single(System.Text.RegularExpressions.Regex.Unescape(text));

        attribution.Content.Text.Should().Be("The harbour will reopen in spring");
        attribution.Source!.Mention.Text.Should().Be("the port authority");
    }

    [Fact]
    public void A_clause_after_the_cue_stays_its_content()
    {
        Single("On Thursday, the port authority said the harbour will reopen in spring.").Content.Text
            .Should().Be("the harbour will reopen in spring");
    }

    [Theory]
    [InlineData("The latest survey shows the harbour is losing money.", "The latest survey", "the harbour is losing money")]
    [InlineData("Nora Vale defended the decision to close the harbour.", "Nora Vale", "the decision to close the harbour")]
    [InlineData("Nora Vale expressed confidence that the harbour would reopen.", "Nora Vale", "confidence that the harbour would reopen")]
    public void Evidence_and_stance_verbs_are_cues(string text, string source, string content)
    {
        var attribution = Single(text);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Her support for the plan grew over the winter.")]
    [InlineData("The attacks on the harbour stopped in spring.")]
    [InlineData("The harbour master fired back at the council on Monday.")]
    public void Nouns_and_particles_that_look_like_cues_are_none(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void An_age_between_commas_does_not_make_the_cue_a_noun()
    {
        Single("Nora Vale, 70, said the harbour will reopen in spring.").Source!.Mention.Text.Should().Be("Nora Vale, 70,");
    }

    [Theory]
    [InlineData("Nora Vale at the time said the harbour would reopen in spring.", "Nora Vale")]
    [InlineData("The port authority less than two weeks ago said the harbour would reopen in spring.", "The port authority")]
    [InlineData("The harbour master on Tuesday said the harbour would reopen in spring.", "The harbour master")]
    public void A_time_phrase_before_the_cue_is_not_the_source(string text, string source)
    {
        Single(text).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_quoted_title_before_the_source_leaves_the_content_after_the_cue()
    {
        var result = ArticleAnalyzer.Analyze(
            "Speaking on “Harbour Hour,” Nora Vale said the port had not “seen the worst of the storms.”", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle().Which.Content.Text.Should().StartWith("the port had not");
        result.Quotes.Should().Contain(q => q.Text.Contains("seen the worst", StringComparison.Ordinal)).Which.Speaker.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_quote_before_the_cue_keeps_it_when_a_comma_leads_to_a_remark_on_it()
    {
        Only("“And I am not being paid!” Vale declared, a point she likes to make.").Source!.Mention.Text.Should().Be("Vale");
    }

    [Theory]
    [InlineData("Current and former officials said the harbour would reopen in spring.", "Current and former officials")]
    [InlineData("Pilots and other workers said the harbour would reopen in spring.", "Pilots and other workers")]
    [InlineData("Many in the crowd said the harbour would reopen in spring.", "Many in the crowd")]
    [InlineData("A majority of her backers said the harbour would reopen in spring.", "A majority of her backers")]
    [InlineData("Her closest advisers said the harbour would reopen in spring.", "Her closest advisers")]
    [InlineData("Sen. Nora Vale, D-Maine, a pilot, said the harbour would reopen in spring.", "Sen. Nora Vale, D-Maine, a pilot,")]
    public void Noun_phrase_chunks_before_the_cue(string text, string source)
    {
        Single(text).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("“The harbour will reopen in spring,” said a source close to the mayor.", "a source close to the mayor")]
    [InlineData("“The harbour will reopen in spring,” said Sen. Nora Vale (D-Maine).", "Sen. Nora Vale (D-Maine)")]
    [InlineData("“The harbour will reopen in spring,” said Nora Vale, former harbour master of Bath.", "Nora Vale, former harbour master of Bath")]
    public void Noun_phrase_chunks_after_the_cue(string text, string source)
    {
        Only(text).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_prepositional_phrase_between_subject_and_cue_is_not_the_source()
    {
        Single("Nora Vale in her first speech called the harbour plan a failure.").Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_participle_after_an_object_belongs_to_the_sentence_subject()
    {
        ArticleAnalyzer.Analyze("The port authority released a statement saying the harbour would reopen in spring.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().Contain(a => a.Cue!.Text == "saying").Which.Source!.Mention.Text.Should().Be("The port authority");
    }

    [Theory]
    // Rule: ObjectOfVerb — a particle ("out") between the verb and its object.
    [InlineData("Holt started out the harbour debate saying \"of course\" the pier would reopen.", "Holt", "of course")]
    [InlineData("The port authority put out a statement saying the pier was \"safe for now.\"", "The port authority", "safe for now.")]
    public void A_participle_after_a_verb_a_particle_and_an_object_belongs_to_the_sentence_subject(string text, string speaker, string quoted)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "saying").Which.Source!.Mention.Text.Should().Be(speaker);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be(quoted);
        quote.Speaker.Should().Be(speaker);
    }

    [Theory]
    // Rule: "and" right before the cue joins it to the sentence's subject; no phrase ending on "and" is the source.
    [InlineData("Holt took the stage Tuesday at the Grand Hotel in Rockland and called the pier plan “rotten to the core.”", "Holt")]
    // Rule: SubjectOfVerbBefore — in a clause that opens no sentence, the subject of the verb before "and".
    [InlineData("There were sharper moments, such as when Holt knocked Reed on the budget and called him a “spendthrift,” a dig at the mayor.", "Holt")]
    public void A_cue_after_and_takes_the_subject_of_the_first_verb(string text, string speaker)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Cue!.Text == "called").Which.Source!.Mention.Text.Should().Be(speaker);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker.Should().Be(speaker);
        quote.Kind.Should().Be(QuoteKind.Partial);
    }

    [Fact]
    public void A_participle_after_a_possessive_is_no_verb_whose_subject_speaks()
    {
        // Counter-example: "deceased" after "the Reeds’" is an adjective, so "the Reeds’" do not say what follows "but".
        var result = ArticleAnalyzer.Analyze("Facing criticism, Holt released a statement, describing the Reeds’ deceased son as a hero but insisting that Reed had “no right” to speak.", ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().NotContain(q => q.SpeakerMention != null && q.SpeakerMention.Text.Contains("Reeds", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_joined_by_and_before_the_cue_stay_one_source()
    {
        // Counter-example: "and" inside the source (not right before the cue) still joins the two names.
        Single("Dana Holt and Tom Reed called the pier plan a failure.").Source!.Mention.Text.Should().Be("Dana Holt and Tom Reed");
    }

    [Fact]
    public void A_particle_set_off_by_a_comma_takes_no_object()
    {
        // Counter-example: "a sign" after "stepped out," is no object of the verb, so the sign (not Holt) says it.
        ArticleAnalyzer.Analyze("Holt stepped out, a sign saying \"closed for repairs\" in his hand.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "Holt");
    }

    [Fact]
    public void A_cue_sentence_with_content_of_its_own_after_a_quote_is_a_passage_apart()
    {
        var result = ArticleAnalyzer.Analyze(
            "Nora Vale called the plan “reckless.” Sen. Tom Reed called the vote “a disgrace.”", ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().HaveCount(2);
        result.Quotes[0].Speaker.Should().Be("Nora Vale");
        result.Quotes[1].Speaker.Should().Be("Tom Reed");
    }

    [Fact]
    public void A_short_cue_sentence_after_a_quote_still_credits_it()
    {
        Only("“Who do they think they are?” Nora Vale said of the council.").Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_cue_that_opens_the_sentence_names_the_speaker_after_it()
    {
        Only("Said Nora Vale, “The harbour will reopen in spring.”").Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_sentence_opening_cue_without_a_comma_after_the_name_is_none()
    {
        ArticleAnalyzer.Analyze("Said differently, the harbour will reopen in spring.", ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("More than six in 10 said the harbour should reopen.", "More than six in 10")]
    [InlineData("Nearly nine out of 10 say the harbour should reopen.", "Nearly nine out of 10")]
    public void A_share_of_people_is_a_source(string text, string source)
    {
        Single(text).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_possessive_name_opens_a_trailing_description()
    {
        var attribution = Single("The harbour will reopen in spring, said Nora Vale, Bath’s harbour master.");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, Bath’s harbour master");
        attribution.Content.Text.Should().Be("The harbour will reopen in spring");
    }

    [Fact]
    public void A_relative_clause_after_a_trailing_description_ends_the_passage()
    {
        Single("The harbour will reopen in spring, said Nora Vale, the director of the port, which runs the docks.").Content.Text
            .Should().Be("The harbour will reopen in spring");
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    private static Model.Attribution WithCue(string text, string cue) => PlainTextAttributions.WithCue(text, cue);

    [Fact]
    public void A_title_case_headline_reads_its_capitalised_verb_as_the_cue()
    {
        var attribution = WithCue("Nora Vale Says The Harbour Will Reopen In Spring", "Says");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be("The Harbour Will Reopen In Spring");
    }

    [Theory]
    [InlineData("Trump-Putin Call Scheduled for 10AM ET Today")]
    [InlineData("Harbour Vote Planned For Next Week")]
    public void A_title_case_headline_whose_cue_word_is_followed_by_a_participle_and_a_preposition_reads_it_as_a_noun(string headline) =>
        All(headline).Should().BeEmpty();

    [Fact]
    public void A_title_case_headline_keeps_a_name_after_its_cue()
    {
        var attribution = WithCue("Harbour Plan Is Flawed, Says Jared Quinn Of The Port Board", "Says");

        attribution.Source!.Mention.Text.Should().StartWith("Jared Quinn");
    }

    [Fact]
    public void A_title_case_headline_without_a_verb_of_saying_has_no_attribution()
    {
        All("The Harbour Reopens With A Parade And Fireworks").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The port authority declined to comment.", "The port authority", "declined", "to comment")]
    [InlineData("The crews vowed to strike until the spring.", "The crews", "vowed", "to strike until the spring")]
    public void An_infinitive_after_the_cue_is_its_content(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_verb_of_stance_is_a_cue()
    {
        var attribution = WithCue("Dock workers support the new contract.", "support");

        attribution.Source!.Mention.Text.Should().Be("Dock workers");
        attribution.Content.Text.Should().Be("the new contract");
    }

    [Theory]
    [InlineData("The contract has broad support among dock workers.")]
    [InlineData("The union drew up a harbour plan for the winter.")]
    public void A_cue_form_that_stands_as_a_noun_is_no_cue(string text)
    {
        All(text).Should().NotContain(a => a.Cue != null && (a.Cue.Text == "support" || a.Cue.Text == "plan"));
    }

    [Fact]
    public void A_quoted_term_after_a_verb_of_stance_is_not_speech()
    {
        var result = ArticleAnalyzer.Analyze("The mayor considers the plan “clever” and backs it.", ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_content_ends_where_the_next_clause_attributes_something_else()
    {
        var attributions = All("Vale thanked the crew and said the harbour would reopen.");

        attributions.Should().Contain(a => a.Cue!.Text == "thanked" && a.Content.Text == "the crew");
        attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Vale" && a.Content.Text == "the harbour would reopen");
    }

    [Fact]
    public void A_phrase_after_a_trailing_cue_leaves_the_content_before_it()
    {
        var attribution = WithCue("The harbour will reopen in spring, officials said, a date that pleased the crews.", "said");

        attribution.Source!.Mention.Text.Should().Be("officials");
        attribution.Content.Text.Should().Be("The harbour will reopen in spring");
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_of_its_clause()
    {
        var attribution = WithCue("The union, which backs the contract, met on Monday.", "backs");

        attribution.Source!.Mention.Text.Should().Be("which");
        attribution.Content.Text.Should().Be("the contract");
    }

    [Fact]
    public void A_relative_clause_after_a_common_noun_belongs_to_the_source()
    {
        var attribution = WithCue("The veteran pilot, who backs the union, warned of a long strike.", "warned");

        attribution.Source!.Mention.Text.Should().Be("The veteran pilot, who backs the union,");
        attribution.Content.Text.Should().Be("of a long strike");
    }

    [Theory]
    [InlineData("I'd say the harbour is safe.", "I", "say")]
    [InlineData("85% of residents said the harbour was safe.", "85% of residents", "said")]
    [InlineData("Many say the harbour is safe.", "Many", "say")]
    [InlineData("The self-described harbour enthusiast said the port was safe.", "The self-described harbour enthusiast", "said")]
    [InlineData("Sen. Nora Vale (D-Maine), noting the delays, said the harbour would reopen.", "Sen. Nora Vale (D-Maine)", "said")]
    public void The_source_takes_its_whole_noun_phrase(string text, string source, string cue)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    [InlineData("One in three said the harbour was unsafe.", "One in three")]
    [InlineData("Those surveyed said the harbour was unsafe.", "Those surveyed")]
    public void A_share_of_people_asked_is_a_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void An_appositive_after_according_to_belongs_to_the_source()
    {
        var attribution = WithCue("According to Nora Vale, the port's director, the harbour will reopen in spring.", "According to");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, the port's director,");
        attribution.Content.Text.Should().Be("the harbour will reopen in spring");
    }

    [Fact]
    public void A_participle_after_a_trailing_cue_leaves_the_content_before_it()
    {
        var attribution = WithCue("Sales were slow, the vendor said, wiping his brow.", "said");

        attribution.Source!.Mention.Text.Should().Be("the vendor");
        attribution.Content.Text.Should().Be("Sales were slow");
    }

    [Fact]
    public void A_name_and_a_phrase_joined_by_and_are_one_source()
    {
        WithCue("Vale and her advisers said the harbour was safe.", "said").Source!.Mention.Text.Should().Be("Vale and her advisers");
    }

    [Fact]
    public void A_place_and_a_phrase_before_a_comma_are_no_source()
    {
        WithCue("In Maine and the rest of New England, officials said the harbour was safe.", "said").Source!.Mention.Text.Should().Be("officials");
    }

    [Fact]
    public void A_borrowed_subject_keeps_its_appositive()
    {
        WithCue("Nora Vale, a former port director, joined the board and said the harbour was safe.", "said").Source!.Mention.Text
            .Should().Be("Nora Vale, a former port director,");
    }

    [Fact]
    public void A_speaker_after_a_trailing_cue_may_be_followed_by_a_new_clause()
    {
        var attribution = WithCue("The harbour is small, said Nora Vale, but the docks are busy.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");

        // The credit interrupts one report carried on by "but" (InterruptingCredit): the content runs over it.
        attribution.Content.Text.Should().Be("The harbour is small, said Nora Vale, but the docks are busy");
    }

    [Fact]
    public void A_question_asked_after_a_short_adverbial_is_a_sourceless_attribution()
    {
        var attribution = WithCue("Asked at a briefing on Monday about the harbour, Vale said it was safe.", "Asked");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("about the harbour");
    }

    [Theory]
    [InlineData("Nora Vale’s campaign shrugged off the remarks, saying, “Nobody asked for an endorsement.”", "Nora Vale’s campaign")]
    [InlineData("Nora Vale’s office says that “nobody asked for an endorsement.”", "Nora Vale’s office")]
    public void A_possessive_name_and_its_noun_are_the_subject(string text, string source)
    {
        var quote = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes.Should().ContainSingle().Subject;

        quote.Text.Should().EndWith("asked for an endorsement.");
        quote.SpeakerMention!.Text.Should().Be(source);
    }

    [Fact]
    public void A_pronoun_contraction_is_no_possessive_subject()
    {
        var quotes = ArticleAnalyzer.Analyze("It’s campaign season, and Nora Vale said, “Nobody asked for an endorsement.”", ArticleFormat.Text, Samples.Options).Quotes;

        var quote = quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Nobody asked for an endorsement.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_participle_with_its_object_is_no_speaker()
    {
        // Rule: "carrying signs saying …": the phrase opened by a lower-case participle is a verb and its object; the
        // sentence's subject says it.
        var quote = PlainTextQuotes.OnlyQuoteIn("That morning, a crowd of dock workers had gathered at the pier, carrying signs saying, \"Save the harbor now.\"");

        quote.Text.Should().Be("Save the harbor now.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().StartWith("a crowd of dock workers");
    }

    [Theory]
    // Rule: the object sent to someone ("a text message to supporters") stands between the verb and the participle.
    [InlineData("Her campaign sent out a text message to supporters saying: “We need you at the pier tonight.”", "Her campaign")]
    // Rule: a possessive pronoun opens the subject ("His office"), and an irregular past ("sent") is its verb.
    [InlineData("His office put out a statement saying: “We need you at the pier tonight.”", "His office")]
    [InlineData("Shortly after the vote ended, Fisk’s campaign sent out a press release saying: “We need you at the pier tonight.”", "Fisk’s campaign")]
    public void The_sender_of_a_message_says_its_words(string sentence, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(sentence);

        quote.Text.Should().Be("We need you at the pier tonight.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void The_recipient_of_a_plain_verb_still_names_the_speaker()
    {
        // Counter-example: with no determiner before "to" the words are no object sent somewhere.
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting.\n\nLena Ortiz wrote to voters saying: “We need you at the pier tonight.”");

        quote.SpeakerMention!.Text.Should().Be("Lena Ortiz");
    }

    [Theory]
    // Rule: "always", "keeps" stand between a subject and its cue.
    [InlineData("The harbor board has always claimed that the pier is “perfectly safe.”", "perfectly safe.", "The harbor board", "has always claimed")]
    [InlineData("But she keeps talking about “the rigged levy” at every meeting.", "the rigged levy", "she", "keeps talking about")]
    public void An_adverb_or_aspect_verb_before_the_cue_is_part_of_it(string sentence, string quoted, string mention, string cue)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting.\n\n" + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue!.Text.Should().Be(cue);
    }

    [Fact]
    public void A_described_retort_is_a_noun_before_a_colon()
    {
        // Rule: "delivered a snappy retort:" — after a describing word "retort" is the noun; the colon credits the subject.
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting.\n\nOrtiz delivered a snappy retort: \"No one is tearing this up. We are going forward.\"");

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("Ortiz");
    }
}
