using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Cues that report a question or a judgement without naming who holds it ("Asked …", "seems", "is expected to").</summary>
public class SourcelessCueTests
{
    [Theory]
    [InlineData("Asked whether the harbour would reopen, Nora Vale shrugged.", "whether the harbour would reopen")]
    [InlineData("The harbour is expected to reopen in spring.", "The harbour is expected to reopen in spring")]
    [InlineData("The harbour master appears somewhat uneasy about the plan.", "The harbour master appears somewhat uneasy about the plan")]
    public void Cues_that_name_nobody_give_an_attribution_without_a_source(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt is expected to announce that the ferry fee will rise.", "is expected to announce", "that the ferry fee will rise")]
    [InlineData("The harbour board is expected to say that the pier will close.", "is expected to say", "that the pier will close")]
    // Rule: VerbalCue.AfterOpeningAdverbial — a day after the verb dates the saying; the content follows "that".
    [InlineData("Dana Holt is expected to announce on Tuesday that the ferry fee will rise.", "is expected to announce", "that the ferry fee will rise")]
    public void A_verb_reporting_a_clause_after_expected_to_is_the_subjects_words_to_come(string text, string cue, string content)
    {
        // Rule: SourcelessCue — "is expected to" and a verb of clause-reporting-verbs.txt credits the subject.
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(text[..text.IndexOf(" is expected", StringComparison.Ordinal)]);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Expected_to_before_a_verb_of_doing_stays_a_forecast_without_a_source()
    {
        // Counter-example: "discuss" reports no clause; the forecast is nobody's.
        const string text = "The harbour pilots were expected to discuss the new fee on Monday.";

        var attribution = WithCue(text, "expected");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("The harbour pilots were expected to discuss the new fee on Monday");
    }

    [Theory]
    [InlineData("Dana Holt was said to be furious with the harbour board.", "Dana Holt was said to be furious with the harbour board")]
    [InlineData("It was said that no ferry could cross the bay in winter.", "It was said that no ferry could cross the bay in winter")]
    [InlineData("It is said the old pier was built by sailors.", "It is said the old pier was built by sailors")]
    public void Hearsay_in_the_passive_has_no_source(string text, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("When asked whether the pier should close, Dana Holt said it was safe.", "whether the pier should close", "Dana Holt", "it was safe")]
    [InlineData("When asked whom she supported, Nora Vale smiled and said the mayor.", "whom she supported", "Nora Vale", "the mayor")]
    public void A_question_opening_the_sentence_after_when_names_no_asker(string text, string question, string answerer, string answer)
    {
        var attributions = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().HaveCount(2);
        attributions[0].Source.Should().BeNull();
        attributions[0].Cue!.Text.Should().Be("asked");
        attributions[0].Content.Text.Should().Be(question);
        attributions[1].Source!.Mention.Text.Should().Be(answerer);
        attributions[1].Cue!.Text.Should().Be("said");
        attributions[1].Content.Text.Should().Be(answer);
    }

    [Theory]
    [InlineData("When pressed by Nora Vale about how she would pay for the pier, Dana Holt changed the subject.", "pressed", "Nora Vale", "about how she would pay for the pier")]
    [InlineData("Questioned by the harbour board about the levy, Dana Holt smiled.", "Questioned", "the harbour board", "about the levy")]
    public void A_question_put_in_the_passive_is_the_askers(string text, string cue, string asker, string question)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be(asker);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(question);
    }

    [Theory]
    [InlineData("When pressed by reporters, Dana Holt said the pier would close.", "said", "the pier would close")]
    [InlineData("When urged by the board, Nora Vale agreed to close the pier.", "agreed", "to close the pier")]
    public void A_passive_after_when_with_only_its_agent_reports_nothing(string text, string cue, string content)
    {
        var attribution = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Which;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_passive_after_when_with_only_its_agent_leaves_the_main_clause_without_a_relation()
    {
        ArticleAnalyzer.Analyze("When pressed by the harbour board's lawyers, Dana Holt did apologize to the council for the delay.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_reduced_passive_of_accusing_names_the_accused_not_a_source()
    {
        var attribution = ArticleAnalyzer.Analyze("An aide accused of leaking the plan resigned.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Cue!.Text.Should().Be("accused");
        attribution.Content.Text.Should().Be("An aide accused of leaking the plan resigned");
    }

    [Fact]
    public void Accusing_someone_of_something_keeps_the_accuser()
    {
        var attribution = ArticleAnalyzer.Analyze("Dana Holt accused Nora Vale of lying about the pier.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Cue!.Text.Should().Be("accused");
    }

    [Fact]
    public void Said_after_have_keeps_its_subject_as_source()
    {
        var attribution = ArticleAnalyzer.Analyze("Nora Vale has said that the pier would close.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Cue!.Text.Should().Be("has said");
        attribution.Content.Text.Should().Be("that the pier would close");
    }

    [Fact]
    public void Asked_by_someone_names_the_asker()
    {
        ArticleAnalyzer.Analyze("Asked by Tom Reed whether the harbour would reopen, Nora Vale shrugged.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which.Source!.Mention.Text.Should().Be("Tom Reed");
    }

    [Theory]
    [InlineData("Nora Vale appeared on the evening news on Sunday.")]
    [InlineData("Nora Vale appeared with the mayor at the harbour.")]
    public void Appearing_somewhere_is_no_cue(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("“We will see,” Lane said when asked whether the ferry would run.", "asked", "whether the ferry would run")]
    [InlineData("“It has been a long year,” Lane said, asked about the delays in an interview.", "asked", "about the delays in an interview")]
    [InlineData("In an interview that year with the Harbour Times, he was asked what happened to the ferry.", "was asked", "what happened to the ferry")]
    [InlineData("Lane has been asked to release the records of the port board.", "has been asked", "to release the records of the port board")]
    public void A_question_put_to_someone_inside_a_sentence_names_nobody(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Asked_after_an_appositive_keeps_the_asker()
    {
        // Counter-example: the comma closes the subject's appositive, so the subject asked.
        var attribution = WithCue("Nora Vale, a pilot at the port, asked whether the ferry would run.", "asked");

        attribution.Source!.Mention.Text.Should().StartWith("Nora Vale");
    }

    [Theory]
    [InlineData("Nora Vale seemed to urge the opposite course in a speech to the pilots.", "seemed to urge", "Nora Vale", "the opposite course in a speech to the pilots")]
    [InlineData("The harbour master appeared to suggest that the fees would rise.", "appeared to suggest", "The harbour master", "that the fees would rise")]
    public void A_verb_of_saying_after_seem_to_is_the_subject_s_own(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Seems_to_be_stays_a_judgement_on_the_subject()
    {
        // Counter-example: "seems to be" judges the subject; nobody is credited.
        var attribution = ArticleAnalyzer.Analyze("The ferry plan seems to be stalled in committee.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle().Which;

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("The ferry plan seems to be stalled in committee");
    }

    [Theory]
    [InlineData("Nora Vale was asked by host Tom Reed whether the ferry would run again.", "was asked", "host Tom Reed", "whether the ferry would run again")]
    [InlineData("When asked by a reporter whether the fees would rise, Nora Vale said nothing.", "asked", "a reporter", "whether the fees would rise")]
    public void Asked_by_an_agent_credits_the_question_to_the_agent(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Asked_without_an_agent_still_names_nobody()
    {
        // Counter-example: without "by" the one asked is no speaker.
        var attribution = WithCue("Nora Vale was asked whether the ferry would run again.", "was asked");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("whether the ferry would run again");
    }

    [Theory]
    [InlineData("The harbour board's usual tool kit has appeared to fail it: it earned no reprieve with its complaints.", "appeared", "The harbour board's usual tool kit has appeared to fail it")]
    [InlineData("The pier appears to be heavily used by the crews - so much so that the board put up a sign.", "appears", "The pier appears to be heavily used by the crews")]
    [InlineData("The race appears closer in the harbour ward, with some polls indicating that Dana Holt leads.", "appears", "The race appears closer in the harbour ward")]
    [InlineData("The ferry is expected to sail in May — weeks before the pier reopens.", "expected", "The ferry is expected to sail in May")]
    public void A_judgement_ends_before_a_colon_a_dash_or_a_with_phrase(string text, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_hyphen_inside_a_word_ends_no_judgement()
    {
        // Counter-example: "well-built" is one word; only a dash set off by spaces opens an elaboration.
        var attribution = WithCue("The pier seems well-built and long-lasting.", "seems");

        attribution.Content.Text.Should().Be("The pier seems well-built and long-lasting");
    }
}
