using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class RelativeObjectTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Fact]
    public void A_which_standing_for_the_object_is_the_content()
    {
        var attribution = Attributions("The tax would fall to 10 percent, which Senator Dana Holt proposed under a flat rate.")
            .Should().ContainSingle(a => a.Cue!.Text == "proposed").Which;

        attribution.Content.Text.Should().Be("which");
        attribution.Source!.Mention.Text.Should().Be("Senator Dana Holt");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_who_standing_for_the_object_is_the_content()
    {
        var attribution = Attributions("It was a blow to Rosa Calder, who many in the harbour board had backed in the hope of a quick repair.")
            .Should().ContainSingle(a => a.Cue!.Text == "had backed").Which;

        attribution.Content.Text.Should().Be("who");
        attribution.Source!.Mention.Text.Should().Be("many in the harbour board");
    }

    [Fact]
    public void A_what_before_the_source_is_the_content_when_the_verb_ends_the_clause()
    {
        var attribution = Attributions("That is what my friend Nora Vale wrote recently.")
            .Should().ContainSingle(a => a.Cue!.Text.Contains("wrote")).Which;

        attribution.Content.Text.Should().Be("what");
        attribution.Source!.Mention.Text.Should().Be("my friend Nora Vale");
    }

    [Fact]
    public void The_head_of_a_relative_clause_without_that_is_the_content_when_the_verb_has_no_object()
    {
        // Rule: RelativeObject.Head — "point to" is followed by "with", which opens a phrase about the act, not an object.
        var attribution = Attributions("The fees are among the very harbour costs Democratic politicians point to with alarm.")
            .Should().ContainSingle(a => a.Cue!.Text == "point to").Which;

        attribution.Content.Text.Should().Be("the very harbour costs");
        attribution.Source!.Mention.Text.Should().Be("Democratic politicians");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void The_head_of_a_clause_with_its_own_object_is_not_the_content()
    {
        // Counter-example: "say" has a clause of its own ("will fall"), so the head is no object of the cue.
        var attribution = Attributions("The fees are among the harbour costs Democratic politicians say will fall.")
            .Should().ContainSingle(a => a.Cue!.Text == "say").Which;

        attribution.Content.Text.Should().Be("will fall");
        attribution.Source!.Mention.Text.Should().Be("Democratic politicians");
    }

    [Fact]
    public void A_head_of_time_is_not_the_content()
    {
        // Counter-example: "Every time" says when Holt thinks about the pier; it is not what she thinks.
        var attribution = Attributions("Every time Dana Holt thinks about the pier, she calls the board.")
            .Should().ContainSingle(a => a.Cue!.Text == "thinks").Which;

        attribution.Content.Text.Should().Be("about the pier");
        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_verb_with_an_object_of_its_own_keeps_its_content()
    {
        // Counter-example: "calls" names the thing after it; "what" is not all that is attributed.
        var attribution = Attributions("Holt assails in sharp prose what he calls the “empty” “promise” of the harbour board.")
            .Should().ContainSingle(a => a.Cue!.Text == "calls").Which;

        attribution.Content.Text.Should().StartWith("the “empty” “promise”");
    }

    [Fact]
    public void A_which_before_a_reported_clause_keeps_the_clause()
    {
        // Counter-example: "which Lee said would reopen": the pronoun is the reported clause's subject, the clause stays.
        var attribution = Attributions("The pier stays closed, which Dana Lee said would reopen in spring.")
            .Should().ContainSingle(a => a.Cue!.Text == "said").Which;

        attribution.Content.Text.Should().Contain("would reopen");
    }

    [Fact]
    public void A_that_before_the_source_is_no_object_pronoun()
    {
        // Counter-example: "that" is far more often a conjunction ("the fact that she talked openly about …").
        var attributions = Attributions("Officials missed the fact that Nora Vale talked openly about her plans on social media.");

        attributions.Should().NotContain(a => a.Content.Text == "that");
    }

    [Fact]
    public void A_day_after_the_verb_dates_the_act()
    {
        var attribution = Attributions("The ferry runs twice a day, which the harbour board announced Monday.")
            .Should().ContainSingle(a => a.Cue!.Text == "announced").Which;

        attribution.Content.Text.Should().Be("which");
        attribution.Source!.Mention.Text.Should().Be("the harbour board");
    }

    [Fact]
    public void A_quote_later_in_the_clause_keeps_the_content_and_its_speaker()
    {
        // Counter-example: "whom he described as “peaceful”" quotes him; the quote stays his.
        var result = ArticleAnalyzer.Analyze("Observers went with the marchers, whom Dana Holt described as “peaceful and calm.”", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle(a => a.Cue!.Text == "described").Which.Content.Text.Should().Contain("peaceful");
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Dana Holt");
    }

    [Fact]
    public void An_aside_in_brackets_after_the_verb_may_hide_its_clause()
    {
        // Counter-example: "which she thought (wrongly) that only she could open": the clause after the aside is hers.
        var attribution = Attributions("She kept a private server, which Nora Vale thought (wrongly) that only she could open.")
            .Should().ContainSingle(a => a.Cue!.Text == "thought").Which;

        attribution.Content.Text.Should().NotBe("which");
    }

    [Fact]
    public void A_noun_right_before_a_pronoun_subject_heads_the_clause_and_is_the_content()
    {
        // Rule: RelativeObject.HeadsPronounClause — a title stands before a name, never before "he", so "the plan" heads
        // the clause "he envisioned" and is what the cue attributes.
        var attribution = Attributions("The new ferry schedule is not the plan he envisioned.")
            .Should().ContainSingle(a => a.Cue!.Text == "envisioned").Which;

        attribution.Content.Text.Should().Be("the plan");
        attribution.Source!.Mention.Text.Should().Be("he");
    }

    [Fact]
    public void A_noun_after_a_preposition_opening_the_sentence_is_no_object()
    {
        // Counter-example: "After the vote" says when; "the vote" is not what she agreed.
        Attributions("After the vote she agreed.")
            .Should().NotContain(a => a.Content.Text == "the vote");
    }

    [Fact]
    public void A_noun_right_before_a_subject_opened_by_the_heads_the_clause()
    {
        // Rule: RelativeObject.HeadsPronounClause — "the board" opens its own phrase, so "the sort of change" heads the clause.
        var attribution = Attributions("It was exactly the sort of change the harbour board warned about in its report.")
            .Should().ContainSingle(a => a.Cue!.Text == "warned about").Which;

        attribution.Content.Text.Should().Be("the sort of change");
        attribution.Source!.Mention.Text.Should().Be("the harbour board");
    }

    [Fact]
    public void The_one_told_is_no_head_of_the_clause_after_it()
    {
        // Counter-example: after "told", "the crew" is the one told; "the board agreed" is what was said.
        Attributions("Dana Holt told the crew the board agreed.")
            .Should().NotContain(a => a.Content.Text == "the crew");
    }

    [Fact]
    public void A_that_after_a_common_noun_standing_for_the_object_is_the_content_with_its_head()
    {
        // Rule: RelativeObject.ThatAfterHead — "applaud" has no object of its own, so "that" stands for "one".
        var attribution = Attributions("The pier tax is one that many harbour pilots applaud.")
            .Should().ContainSingle(a => a.Cue!.Text == "applaud").Which;

        attribution.Content.Text.Should().Be("one that");
        attribution.Source!.Mention.Text.Should().Be("many harbour pilots");
    }

    [Fact]
    public void A_that_after_a_noun_taking_its_own_clause_is_no_relative_pronoun()
    {
        // Counter-example: "the fact that" opens the fact's own clause; "the fact" is not what Holt talked.
        Attributions("It was the fact that Dana Holt talked openly about it.")
            .Should().NotContain(a => a.Content.Text.Contains("fact"));
    }

    [Fact]
    public void A_thing_pronoun_before_a_pronoun_subject_is_the_content_alone()
    {
        // Rule: RelativeObject.IsThingPronoun — "everything" heads "she proposed" though it ends in "-ing"; the verbs
        // before it are no part of it.
        var attribution = Attributions("Nobody on the harbour board should take back everything she proposed.")
            .Should().ContainSingle(a => a.Cue!.Text == "proposed").Which;

        attribution.Content.Text.Should().Be("everything");
        attribution.Source!.Mention.Text.Should().Be("she");
    }

    [Theory]
    [InlineData("The harbour board turned against the pier lease - which Dana Holt once supported - and has embraced the ferry.", "which")]
    [InlineData("The pier lease - a deal she once supported - makes sense for the town.", "a deal")]
    public void A_dash_closing_the_aside_that_holds_the_clause_opens_no_object(string text, string content)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue!.Text == "once supported").Which;

        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_dash_opening_an_aside_after_the_clause_may_still_hide_an_object()
    {
        var attribution = Attributions("The pier plan, which Dana Holt once supported - and still does - on principle, was dropped.")
            .Should().ContainSingle(a => a.Cue!.Text == "once supported").Which;

        attribution.Content.Text.Should().NotBe("which");
    }

    [Fact]
    public void A_than_after_a_comparative_is_the_content_with_the_comparative()
    {
        // Rule: RelativeObject.ComparedWith — what the office projected is the amount "than" stands for.
        var attribution = Attributions("The pier repairs will cost $2 million more than the harbour office had projected last May.")
            .Should().ContainSingle(a => a.Cue!.Text == "had projected").Which;

        attribution.Content.Text.Should().Be("more than");
        attribution.Source!.Mention.Text.Should().Be("the harbour office");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_than_clause_whose_verb_ends_the_sentence_credits_the_comparison()
    {
        var attribution = Attributions("The ferry came back sooner than anyone had expected.")
            .Should().ContainSingle(a => a.Cue!.Text == "had expected").Which;

        attribution.Content.Text.Should().Be("sooner than");
        attribution.Source!.Mention.Text.Should().Be("anyone");
    }

    [Fact]
    public void A_than_clause_whose_verb_goes_on_with_a_phrase_is_not_read_as_a_comparison()
    {
        // Counter-example: "for the other harbours" is the phrase of "say", so "than" stands for no object of it.
        Attributions("That is a lot more than you can say for the other harbours.")
            .Should().NotContain(a => a.Content.Text.Contains("than"));
    }

    [Fact]
    public void A_noun_for_a_writing_before_a_name_heads_a_relative_clause()
    {
        // Rule: zero-relative-heads.txt — "columns" names no person, so it is no title of "Holt"; what Holt wrote is the columns.
        var attribution = Attributions("Vale unearthed controversial columns Holt wrote while a student at the harbour college.")
            .Should().ContainSingle(a => a.Cue!.Text == "wrote").Which;

        attribution.Source!.Mention.Text.Should().Be("Holt");
        attribution.Content.Text.Should().Be("controversial columns");
    }
}
