using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class AttributionExtractorTests
{
    private static AnalysisResult Analyze(string text, ArticleFormat format = ArticleFormat.Text) =>
        ArticleAnalyzer.Analyze(text, format, Samples.Options);

    private static Quote Single(string text, ArticleFormat format = ArticleFormat.Text)
    {
        var quotes = Analyze(text, format).Quotes;
        quotes.Should().ContainSingle();
        return quotes[0];
    }

    [Fact]
    public void Seed_text_has_the_seven_expected_quotes_with_speakers_and_sources()
    {
        var quotes = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Quotes;

        quotes.Select(q => (q.Text, q.Speaker, q.Source)).Should().Equal(
            ("We are very much on track for a meaningful ceasefire. The road to peace is challenging, but the dialogue is strong.", "Donald Trump", "Truth Social"),
            ("We will give the maximum information possible based on the results of the conversation,", "Dmitry Peskov", "TASS"),
            ("We will give the maximum information possible based on the results of the conversation.", "Dmitry Peskov", "TASS"),
            ("took into consideration.", "Vladimir Medinsky", null),
            ("When Putin said he would halt strikes on our energy sector, 200 drones came overnight. Ceasefire must be reliable, not rhetorical.", "Volodymyr Zelenskyy", "X"),
            ("Peacekeeping efforts must avoid sparking direct confrontation. A non-NATO framework is the safest path forward.", "Pete Hegseth", null),
            ("Ukraine faces an untenable position—negotiating while losing ground may force them into a carve-up of sovereignty.", "Michael Clarke", "The Guardian"));
        quotes[3].Kind.Should().Be(QuoteKind.Partial);
        quotes[1].Kind.Should().Be(QuoteKind.Direct);
        quotes[2].Kind.Should().Be(QuoteKind.Block);
        quotes[2].RepeatOf.Should().Be(1);
        quotes[1].SpeakerRole.Should().Be("Presidential Spokesman");
        quotes[6].SpeakerRole.Should().Be("Military Analyst");
    }

    [Fact]
    public void Seed_text_quotes_point_back_into_the_file()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options);
        var source = result.Article.Source;

        foreach (var quote in result.Quotes)
        {
            source.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
        }
    }

    [Fact]
    public void Seed_html_has_the_same_quotes_speakers_and_sources_as_the_seed_text()
    {
        var html = ArticleAnalyzer.Analyze(Samples.SeedHtml, Samples.Options).Quotes;
        var text = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Quotes;

        html.Select(q => (q.Text, q.Kind, q.Speaker, q.Source)).Should().Equal(text.Select(q => (q.Text, q.Kind, q.Speaker, q.Source)));
        html.Count(q => q.Speaker == "Dmitry Peskov" && q.Source == "TASS").Should().Be(2);
        html.Should().NotContain(q => q.Speaker == null);
    }

    [Theory]
    [InlineData("Russia launched 200 drones at Kyiv on Tuesday, the largest attack of the war.")]
    [InlineData("The council voted on the plan, his support for which was never in doubt.")]
    public void A_reporting_verb_used_as_a_noun_is_no_cue(string sentence) =>
        Analyze(sentence).Attributions.Should().BeEmpty();

    [Theory]
    [InlineData("\"We will not back down,\" Smith said.")]
    [InlineData("“We will not back down,” Smith said.")]
    [InlineData("«We will not back down», Smith said.")]
    [InlineData("„We will not back down“, Smith said.")]
    [InlineData("‘We will not back down,’ Smith said.")]
    [InlineData("'We will not back down,' Smith said.")]
    public void Every_quotation_style_reads_as_a_quote(string sentence)
    {
        var quote = Single("Jane Smith is the mayor of the town.\n\n" + sentence);

        quote.Text.TrimEnd(',').Should().Be("We will not back down");
        quote.Speaker.Should().Be("Jane Smith");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void Apostrophes_are_not_single_quotes()
    {
        var quote = Single("Mary Jones said the patients' groups and Britain’s doctors agree. ‘It’s the right call,’ Jones said of the plan.");

        quote.Text.Should().Be("It’s the right call,");
        quote.Speaker.Should().Be("Mary Jones");
    }

    [Fact]
    public void Nested_quotes_belong_to_the_outer_quote()
    {
        var quote = Single("“He told me ‘never again’ and left,” said Anna Berg.");

        quote.Text.Should().Be("He told me ‘never again’ and left,");
        quote.Speaker.Should().Be("Anna Berg");
    }

    [Fact]
    public void Quote_interrupted_by_its_attribution_is_one_quote()
    {
        var quote = Single("Sarah Lee leads the union. “We have,” she said, “no intention of backing down.”");

        quote.Text.Should().Be("We have no intention of backing down.", "the comma only the interruption put there goes");
        quote.Speaker.Should().Be("Sarah Lee");
        quote.SpeakerMention!.Text.Should().Be("she");
        quote.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void Quote_interrupted_where_a_new_sentence_starts_keeps_its_comma()
    {
        // Only a lower-case continuation shows the comma was the interruption's; before a capital it is left as written.
        var quote = Single("Sarah Lee leads the union. “We have waited,” she said, “Nobody listened.”");

        quote.Text.Should().Be("We have waited, Nobody listened.");
    }

    [Theory]
    // The source ends before the clause, which tells of the terms of the speaking (SpeechRelativeClause).
    [InlineData("A senior official, who asked not to be named, said the figure was lower.", "A senior official")]
    [InlineData("Ann Lee, who declined to be identified, said the figure was lower.", "Ann Lee")]
    [InlineData("The official, who requested anonymity, said the figure was lower.", "The official")]
    public void A_cue_in_a_relative_clause_between_commas_leaves_the_main_clause_its_own(string text, string source)
    {
        // The request may be a relation of its own ("who requested :: anonymity", as the corpora annotate it), but it
        // never takes the main clause as its content.
        var relations = Analyze(text).Attributions;

        relations.Should().ContainSingle(a => a.Cue!.Text == "said").Which.Should().Match<AttributionKit.Model.Attribution>(
            a => a.Source!.Mention.Text == source && a.Content.Text == "the figure was lower");
        relations.Should().NotContain(a => a.Cue!.Text != "said" && a.Content.Text.Contains("figure"));
    }

    [Fact]
    public void Consecutive_quoted_sentences_from_one_speaker_are_one_quote()
    {
        var quote = Single("“The budget is fair,” said Tom Baker. “It protects schools.”");

        quote.Text.Should().Be("The budget is fair, It protects schools.");
        quote.Speaker.Should().Be("Tom Baker");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void Quote_spanning_sentences_keeps_its_cue_after_it()
    {
        var quote = Single("“The budget is fair. It protects schools,” Tom Baker said.");

        quote.Text.Should().Be("The budget is fair. It protects schools,");
        quote.Speaker.Should().Be("Tom Baker");
    }

    [Fact]
    public void Multi_paragraph_quote_is_one_quote()
    {
        var result = Analyze("Governor Ann Price said: “The first part of the plan is ready.\n\n“The second part follows next year.”");

        result.Quotes.Should().ContainSingle();
        result.Quotes[0].Text.Should().Be("The first part of the plan is ready. The second part follows next year.");
        result.Quotes[0].Speaker.Should().Be("Ann Price");
        result.Quotes[0].SpeakerRole.Should().Be("Governor");
    }

    [Fact]
    public void Colon_lead_in_attributes_the_next_paragraph()
    {
        var quote = Single("Minister Karl Olsen added:\n\n“We will publish the figures on Friday.”");

        quote.Text.Should().Be("We will publish the figures on Friday.");
        quote.Speaker.Should().Be("Karl Olsen");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void Partial_quote_woven_into_reported_speech_is_partial_and_mixed()
    {
        var result = Analyze("Chief negotiator Vladimir Medinsky said Ukraine requested talks, which Moscow “took into consideration.”");

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("took into consideration.");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be("Vladimir Medinsky");
        var attribution = result.Attributions.Should().ContainSingle(a => a.QuoteIndex == 0).Subject;
        attribution.Kind.Should().Be(AttributionKind.Mixed);
        attribution.Cue!.Text.Should().Be("said");
    }

    [Theory]
    [InlineData("“The port will reopen,” said Port Director Ruth Cole.", "Ruth Cole", "said")]
    [InlineData("“The port will reopen,” Port Director Ruth Cole said.", "Ruth Cole", "said")]
    [InlineData("Port Director Ruth Cole said: “The port will reopen.”", "Ruth Cole", "said")]
    [InlineData("Port Director Ruth Cole said, “The port will reopen.”", "Ruth Cole", "said")]
    [InlineData("“The port will reopen,” insists Ruth Cole.", "Ruth Cole", "insists")]
    [InlineData("“The port will reopen,” Ruth Cole warned.", "Ruth Cole", "warned")]
    [InlineData("“The port will reopen,” Ruth Cole, who runs the harbour, said.", "Ruth Cole", "said")]
    [InlineData("“The port will reopen,” Ruth Cole has also said.", "Ruth Cole", "has also said")]
    public void Speaker_patterns(string text, string speaker, string cue)
    {
        var quote = Single(text);

        quote.Text.Should().StartWith("The port will reopen");
        quote.Speaker.Should().Be(speaker);
        quote.Cue!.Text.Should().Be(cue);
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void Told_names_where_the_words_were_said()
    {
        var quote = Single("Kremlin spokesman Dmitry Peskov spoke on Monday. “We will give details,” Peskov told TASS.");

        quote.Speaker.Should().Be("Dmitry Peskov");
        quote.Source.Should().Be("TASS");
        quote.Cue!.Text.Should().Be("told");
    }

    [Fact]
    public void Wrote_on_a_platform_names_the_platform()
    {
        var quote = Single("President Donald Trump wrote on Truth Social: “The deal is done.”");

        quote.Speaker.Should().Be("Donald Trump");
        quote.SpeakerRole.Should().Be("President");
        quote.Source.Should().Be("Truth Social");
    }

    [Fact]
    public void Title_and_nationality_are_stripped_from_the_speaker()
    {
        var quote = Single("Russian Presidential Spokesman Dmitry Peskov said: “The call went well.”");

        quote.Speaker.Should().Be("Dmitry Peskov");
        quote.SpeakerRole.Should().Be("Presidential Spokesman");
        quote.SpeakerMention!.Text.Should().Be("Russian Presidential Spokesman Dmitry Peskov");
    }

    [Fact]
    public void Surname_and_pronoun_resolve_to_the_full_name()
    {
        var result = Analyze("Ukrainian President Volodymyr Zelenskyy visited Paris.\n\n“We need air defence,” Zelenskyy said.\n\n“And we need it now,” he added.");

        result.Quotes.Select(q => q.Speaker).Should().Equal("Volodymyr Zelenskyy", "Volodymyr Zelenskyy");
        result.Quotes[1].SpeakerMention!.Text.Should().Be("he");
    }

    [Fact]
    public void Organisations_and_groups_can_speak()
    {
        var result = Analyze("“The talks are over,” the Kremlin said.\n\n“Nothing has changed,” officials said.");

        result.Quotes.Select(q => q.Speaker).Should().Equal("Kremlin", "officials");
    }

    [Fact]
    public void An_unnamed_source_is_kept_as_such()
    {
        var quote = Single("“The deal is close,” a source said.");

        quote.Speaker.Should().Be("a source");
    }

    [Fact]
    public void Reported_speech_without_quote_marks_is_an_indirect_attribution()
    {
        var result = Analyze("Negotiator Vladimir Medinsky said Ukraine was ready for direct talks.");

        result.Quotes.Should().BeEmpty();
        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Name.Should().Be("Vladimir Medinsky");
        attribution.Source.Mention.Text.Should().Be("Negotiator Vladimir Medinsky");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("Ukraine was ready for direct talks");
    }

    [Fact]
    public void A_request_reported_inside_reported_speech_stays_in_the_outer_content()
    {
        var result = Analyze("Negotiator Vladimir Medinsky said Ukraine requested direct talks.");

        // The annotated corpora credit the whole clause to the reporter and do not nest a second relation in it.
        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Cue!.Text.Should().Be("said");
        attribution.Source!.Mention.Text.Should().Be("Negotiator Vladimir Medinsky");
        attribution.Content.Text.Should().Be("Ukraine requested direct talks");
    }

    [Fact]
    public void A_request_outside_other_reported_speech_is_an_attribution_of_its_own()
    {
        var result = Analyze("Ukraine requested direct talks, and Negotiator Vladimir Medinsky said the talks would start soon.");

        result.Attributions.Should().Contain(a => a.Cue!.Text == "requested" && a.Source!.Mention.Text == "Ukraine" && a.Content.Text == "direct talks");
        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Content.Text == "the talks would start soon");
    }

    [Fact]
    public void According_to_is_an_indirect_attribution()
    {
        var result = Analyze("According to NATO, the alliance reaffirmed its support.");

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Name.Should().Be("NATO");
        attribution.Cue!.Text.Should().Be("According to");
        attribution.Content.Text.Should().Be("the alliance reaffirmed its support");
    }

    [Fact]
    public void According_to_at_the_end_attributes_what_comes_before()
    {
        var result = Analyze("The ceasefire collapsed overnight, according to officials.");

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Source!.Mention.Text.Should().Be("officials");
        attribution.Content.Text.Should().Be("The ceasefire collapsed overnight");
    }

    [Fact]
    public void Reported_speech_with_the_cue_at_the_end()
    {
        var result = Analyze("The plan is dead, officials said.");

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Source!.Name.Should().Be("officials");
        attribution.Content.Text.Should().Be("The plan is dead");
    }

    [Fact]
    public void A_spokesman_for_a_named_person_is_not_that_person()
    {
        var result = Analyze("Dana Holt called the vote on Monday.\n\n“The pier stays open,” a spokesman for Dana Holt said.\n\n“We disagree,” officials from Dover said.");

        result.Quotes.Select(q => q.Speaker).Should().Equal("a spokesman for Dana Holt", "officials from Dover");
    }

    [Theory]
    [InlineData("The minister defended the so-called “peace plan” on Monday.")]
    [InlineData("She starred in the film “Oppenheimer” last year.")]
    [InlineData("The band played “Silent Night” at the end.")]
    [InlineData("They watched “Meet the Press” on Sunday.")]
    [InlineData("Critics mocked the “vibe shift” online.")]
    public void Scare_quotes_titles_and_terms_are_not_speech(string text)
    {
        var result = Analyze(text);

        result.Quotes.Where(q => q.Kind != QuoteKind.Partial || q.Speaker is not null).Should().BeEmpty();
        result.Findings.Should().NotContain(f => f.Rule.Name == "unattributed-quote");
    }

    [Fact]
    public void Plain_text_pull_quote_with_a_dash_line_on_the_next_line()
    {
        var quote = Single("Some context about the talks here.\n\n“Ceasefire must be reliable, not rhetorical.”\n— President Volodymyr Zelenskyy on X");

        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("Ceasefire must be reliable, not rhetorical.");
        quote.Speaker.Should().Be("Volodymyr Zelenskyy");
        quote.SpeakerRole.Should().Be("President");
        quote.Source.Should().Be("X");
    }

    [Fact]
    public void Plain_text_pull_quote_with_a_dash_on_the_same_line()
    {
        var quote = Single("Some context about the talks here.\n\n“Ceasefire must be reliable, not rhetorical.” — President Volodymyr Zelenskyy on X");

        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Speaker.Should().Be("Volodymyr Zelenskyy");
        quote.Source.Should().Be("X");
        quote.Cue!.Text.Should().Be("—");
    }

    [Fact]
    public void Plain_text_pull_quote_with_a_credit_paragraph()
    {
        var quote = Single("Some context about the talks here.\n\n“Peace is close.”\n\n— Dmitry Peskov, Kremlin Spokesman (TASS)");

        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Speaker.Should().Be("Dmitry Peskov");
        quote.SpeakerRole.Should().Be("Kremlin Spokesman");
        quote.Source.Should().Be("TASS");
    }

    [Fact]
    public void Pull_quote_repeating_a_body_quote_is_linked_to_it()
    {
        var result = Analyze("“We are ready to talk,” Defence Minister Anna Novak told Reuters.\n\n“We are ready to talk.”\n— Anna Novak");

        result.Quotes.Should().HaveCount(2);
        result.Quotes[1].Kind.Should().Be(QuoteKind.Block);
        result.Quotes[1].RepeatOf.Should().Be(0);
        result.Quotes[1].Speaker.Should().Be("Anna Novak");
        result.Quotes[0].Source.Should().Be("Reuters");
    }

    [Fact]
    public void Pull_quote_taking_one_sentence_of_a_longer_body_quote_is_linked_to_it()
    {
        var result = Analyze("“We are ready to talk to anyone at all. The door stays open,” Anna Novak told Reuters.\n\n“We are ready to talk to anyone at all.”\n— Anna Novak");

        result.Quotes[1].RepeatOf.Should().Be(0);
    }

    [Fact]
    public void Pull_quote_sharing_only_a_few_words_with_a_body_quote_is_not_linked()
    {
        // Three words in common make no repeat: a pull quote must hold at least five words of the body quote.
        var result = Analyze("“We are ready, and we will talk to anyone at all,” Anna Novak told Reuters.\n\n“We are ready.”\n— Anna Novak");

        result.Quotes[1].RepeatOf.Should().BeNull();
    }

    [Fact]
    public void Markdown_block_quote_with_dash_citation()
    {
        var quote = Single("Background paragraph here.\n\n> Ceasefire must be reliable, not rhetorical.\n>\n> — President Volodymyr Zelenskyy on X\n", ArticleFormat.Markdown);

        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("Ceasefire must be reliable, not rhetorical.");
        quote.Speaker.Should().Be("Volodymyr Zelenskyy");
        quote.Source.Should().Be("X");
    }

    [Fact]
    public void Quote_through_inline_markup_keeps_its_words()
    {
        var quote = Single("Background paragraph here.\n\n“We will *never* accept [this deal](https://example.org),” said Lena Holm.\n", ArticleFormat.Markdown);

        quote.Text.Should().Be("We will never accept this deal,");
        quote.Speaker.Should().Be("Lena Holm");
    }

    [Fact]
    public void An_X_post_names_the_platform()
    {
        var quote = Single("Ukrainian President Volodymyr Zelenskyy spoke late. “Ceasefire must be reliable,” Zelenskyy wrote in his X post.");

        quote.Speaker.Should().Be("Volodymyr Zelenskyy");
        quote.Source.Should().Be("X");
        quote.Cue!.Text.Should().Be("wrote");
    }

    [Fact]
    public void Low_nine_single_quotes_read_as_a_quote()
    {
        var quote = Single("‚We will manage this‘, said Angela Merkel.");

        quote.Text.Should().Be("We will manage this");
        quote.Speaker.Should().Be("Angela Merkel");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void Doubled_apostrophes_read_as_double_quotes()
    {
        var quote = Single("''That gentleman has not given up on me,'' Mr. Rubio said.");

        quote.Text.Should().Be("That gentleman has not given up on me,");
        quote.Speaker.Should().Be("Rubio");
        quote.SpeakerMention!.Text.Should().Be("Mr. Rubio");
    }

    [Fact]
    public void Participle_cue_takes_the_speaker_of_its_sentence()
    {
        var result = Analyze("“He stands for the middle class,” Anna Berg said, adding that Sanders is “the most trustworthy of the candidates.”");

        result.Quotes.Select(q => (q.Speaker, q.Kind)).Should().Equal(("Anna Berg", QuoteKind.Direct), ("Anna Berg", QuoteKind.Partial));
        result.Quotes[1].Cue!.Text.Should().Be("adding");
    }

    [Fact]
    public void Cue_after_a_quote_in_the_next_sentence()
    {
        var quote = Single("“Who do they think they are?” Tom Baker said of the company.");

        quote.Text.Should().Be("Who do they think they are?");
        quote.Speaker.Should().Be("Tom Baker");
    }

    [Fact]
    public void Straight_quote_left_open_continues_in_the_next_paragraph()
    {
        var quote = Single("Mayor Lena Holm said: \"The first phase starts in May.\n\n\"The second phase follows in the autumn.\"");

        quote.Text.Should().Be("The first phase starts in May. The second phase follows in the autumn.");
        quote.Speaker.Should().Be("Lena Holm");
    }

    [Fact]
    public void Relative_who_resolves_to_the_name_before_it()
    {
        var quote = Single("The crowd cheered Port Director Ruth Cole, who said: “The port will reopen in May.”");

        quote.Speaker.Should().Be("Ruth Cole");
        quote.SpeakerMention!.Text.Should().Be("who");
    }

    [Fact]
    public void Block_quote_credited_by_the_paragraph_after_it()
    {
        var quote = Single("Background paragraph here.\n\n> “Peace is close.”\n\n— Dmitry Peskov, Kremlin Spokesman (TASS)\n", ArticleFormat.Markdown);

        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Text.Should().Be("Peace is close.");
        quote.Speaker.Should().Be("Dmitry Peskov");
        quote.Source.Should().Be("TASS");
    }

    [Fact]
    public void Dash_and_name_after_a_quote_in_running_text_credit_it()
    {
        var result = Analyze("Readers wrote in with their views. “The most unqualified candidate ever.” ― Francisco Herrero. Others disagreed.");

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker.Should().Be("Francisco Herrero");
        quote.Cue!.Text.Should().Be("―");
    }

    [Fact]
    public void Opening_mark_typed_as_closing_mark_still_closes()
    {
        var quote = Single("“It's unusual,“ said Larry Noble, an attorney.");

        quote.Text.Should().Be("It's unusual,");
        quote.Speaker.Should().Be("Larry Noble");
    }

    [Fact]
    public void Trailing_adverbial_after_the_cue_is_not_the_content()
    {
        var result = Analyze("“Being a dad is my job,” Anthony Weiner said in May on a podcast.");

        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Anthony Weiner");
        result.Attributions.Should().ContainSingle().Which.Content.Text.Should().Be("“Being a dad is my job,”");
    }

    [Fact]
    public void A_woven_quote_belongs_to_the_pronoun_subject_of_its_own_clause()
    {
        var result = ArticleAnalyzer.Analyze(
            "The mayor signed the harbour deal, although she made it clear that she has “serious concerns about the cost of dredging.”",
            ArticleFormat.Text, Samples.Options);

        result.Quotes.Should().ContainSingle().Which.SpeakerMention!.Text.Should().Be("she");
    }
}
