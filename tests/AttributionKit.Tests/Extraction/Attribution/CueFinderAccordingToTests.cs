using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Which words "according to" credits when it stands inside a sentence.</summary>
public class CueFinderAccordingToTests
{
    [Fact]
    public void A_clause_opening_after_the_source_leaves_the_content_before_the_cue()
    {
        var attribution = WithCue("Nora Vale leads Tom Lane by 271 votes according to a count by the Harbour Times, but Lane has vowed to fight on.", "according to");

        attribution.Source!.Mention.Text.Should().Be("a count by the Harbour Times");
        attribution.Content.Text.Should().Be("Nora Vale leads Tom Lane by 271 votes");
    }

    [Fact]
    public void A_cue_inside_brackets_credits_what_the_brackets_hold()
    {
        var attribution = WithCue("The pier closed in May (the repairs cost 15 million dollars, according to the port board).", "according to");

        attribution.Source!.Mention.Text.Should().Be("the port board");
        attribution.Content.Text.Should().Be("the repairs cost 15 million dollars");
    }

    [Theory]
    [InlineData("About 10 p.m., according to a harbour timeline, the pilots left for the pier.", "a harbour timeline")]
    [InlineData("According to the Harbour Gazette, an email was sent from the club's director, Jim Vale, to the members.", "the Harbour Gazette")]
    [InlineData("According to Ann Lee, the port's director, the harbour will reopen.", "Ann Lee, the port's director,")]
    [InlineData("The pier will reopen, according to Ann Lee, a lawyer who has sued the port.", "Ann Lee, a lawyer who has sued the port")]
    // A description closing the sentence may be long, and a place after its town closes it.
    [InlineData("The mayor is unpopular, according to Dana Holt, a harbour pollster who ran the Gazette-Herald survey with the harbour pilot Nora Vale.", "Dana Holt, a harbour pollster who ran the Gazette-Herald survey with the harbour pilot Nora Vale")]
    [InlineData("The tide rose, according to a report Tuesday from WKBO, the radio station in Troy, Ohio.", "a report Tuesday from WKBO, the radio station in Troy, Ohio")]
    public void Words_after_the_source_holding_a_verb_of_their_own_are_no_description_of_it(string text, string source)
    {
        // "the pilots left …", "an email was sent …" are the clause credited; "the port's director" and a relative clause
        // describe the source.
        WithCue(text, text.Contains("According") ? "According to" : "according to").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_credit_opening_its_sentence_vouches_for_its_coordinated_clauses_too()
    {
        // The clause after ", and" reports on its own, but what it says is what the Gazette told: one relation.
        var all = ArticleAnalyzer.Analyze("According to the Gazette, Holt praised her donors, and she asked the bankers to freeze rates.", ArticleFormat.Text, Samples.Options).Attributions;

        var attribution = all.Should().ContainSingle().Which;
        attribution.Cue!.Text.Should().Be("According to");
        attribution.Source!.Mention.Text.Should().Be("the Gazette");
        attribution.Content.Text.Should().Be("Holt praised her donors, and she asked the bankers to freeze rates");
    }

    [Fact]
    public void A_sentence_opening_with_the_cue_credits_what_follows()
    {
        var attribution = WithCue("According to the port board, the repairs cost 15 million dollars.", "According to");

        attribution.Content.Text.Should().Be("the repairs cost 15 million dollars");
    }

    [Theory]
    [InlineData("Lane was holding a meeting at the port and told aides that he feared a strike, and he later called the mayor, according to two people at the meeting.", "he later called the mayor")]
    [InlineData("The board approved the plan, which would cut the port's costs by a third, according to the harbour master.", "which would cut the port's costs by a third")]
    [InlineData("Despite the storm last week, the ferry still runs twice a day, according to a count by the Harbour Times.", "the ferry still runs twice a day")]
    public void Content_before_the_cue_is_the_clause_next_to_it(string text, string content)
    {
        var attribution = WithCue(text, "according to");

        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void One_clause_before_the_cue_is_credited_whole()
    {
        // Counter-example: a comma inside a single clause cuts nothing.
        var attribution = WithCue("The ferry, old and slow, still runs twice a day, according to the port board.", "according to");

        attribution.Content.Text.Should().Be("The ferry, old and slow, still runs twice a day");
    }

    [Theory]
    [InlineData("In addition, according to the port board, nine ferries will be replaced by May.")]
    [InlineData("But, according to the port board, nine ferries will be replaced by May.")]
    public void A_connective_before_the_cue_leaves_the_content_after_the_source(string text)
    {
        var attribution = WithCue(text, "according to");

        attribution.Source!.Mention.Text.Should().Be("the port board");
        attribution.Content.Text.Should().Be("nine ferries will be replaced by May");
    }

    [Theory]
    [InlineData("Other harbour worries, according to the survey, are the tides and the old pier.", "the survey", "Other harbour worries, according to the survey, are the tides and the old pier")]
    [InlineData("His complaint, according to an interview with the Gazette, was the cost of the wall.", "an interview with the Gazette", "His complaint, according to an interview with the Gazette, was the cost of the wall")]
    public void A_credit_between_a_subject_and_its_verb_credits_the_whole_clause(string text, string source, string content)
    {
        // The credit interrupts one clause: PolNeAR's content runs over it from the subject to the clause's end.
        var attribution = WithCue(text, "according to");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_description_after_the_source_keeps_the_content_before_the_credit()
    {
        var attribution = WithCue("The pier is too old, according to Dana Holt, a pilot.", "according to");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt, a pilot");
        attribution.Content.Text.Should().Be("The pier is too old");
    }
}
