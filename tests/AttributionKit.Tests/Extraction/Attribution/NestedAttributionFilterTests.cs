using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class NestedAttributionFilterTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Nora Vale said she believes the pier will reopen.", "she believes the pier will reopen")]
    [InlineData("Nora Vale reiterated that she wanted the pier to reopen.", "that she wanted the pier to reopen")]
    public void A_reporting_clause_inside_reported_speech_is_no_attribution_of_its_own(string text, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Reporting_clauses_side_by_side_are_both_kept()
    {
        var attributions = Analyze("Nora Vale said the pier will reopen, but Tom Reeve said it will not.").Attributions;

        attributions.Should().HaveCount(2);
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "the pier will reopen");
        attributions.Should().Contain(a => a.Source!.Mention.Text == "Tom Reeve" && a.Content.Text == "it will not");
    }

    [Fact]
    public void A_quote_inside_reported_speech_keeps_its_speaker()
    {
        var result = Analyze("Nora Vale said the harbour board was wrong. “We will reopen the pier,” Tom Reeve told her.");

        result.Quotes.Should().ContainSingle().Which.SpeakerMention!.Text.Should().Be("Tom Reeve");
        result.Attributions.Should().Contain(a => a.Source!.Mention.Text == "Tom Reeve" && a.Content.Text.Contains("We will reopen the pier"));
    }

    [Fact]
    public void Reported_speech_between_the_quotes_of_a_direct_attribution_is_kept()
    {
        var result = Analyze("“The pier is safe,” Nora Vale said, adding that repairs would finish in May. “We are ready.”");

        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Nora Vale");
        var adding = result.Attributions.Should().Contain(a => a.Cue!.Text == "adding").Which;
        adding.Source!.Mention.Text.Should().Be("Nora Vale");
        adding.Content.Text.Should().Be("that repairs would finish in May");
    }

    [Fact]
    public void Reported_speech_between_the_quotes_of_a_mixed_attribution_is_part_of_its_content()
    {
        var attribution = Analyze("Dana Holt says the skippers are “laughing at the harbour board” for even questioning the repair plan.")
            .Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Cue!.Text.Should().Be("says");
        attribution.Content.Text.Should().Be("the skippers are “laughing at the harbour board” for even questioning the repair plan");
    }

    [Fact]
    public void A_quote_named_in_a_free_relative_inside_reported_speech_is_no_relation_of_its_own()
    {
        var attribution = Analyze("Nora Vale said the harbour board ignored what Tom Reeve calls “a crumbling pier” for a decade.")
            .Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be("the harbour board ignored what Tom Reeve calls “a crumbling pier” for a decade");
    }

    [Fact]
    public void A_quote_named_in_a_free_relative_outside_reported_speech_keeps_its_relation()
    {
        var attribution = Analyze("The skippers ignored what Tom Reeve calls “a crumbling pier” for a decade.")
            .Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be("Tom Reeve");
        attribution.Cue!.Text.Should().Be("calls");
    }

    [Fact]
    public void Reported_speech_inside_a_quote_stays_in_the_quote()
    {
        var result = Analyze("“Tom Reeve says the pier is safe, and I agree,” Nora Vale said.");

        result.Attributions.Should().ContainSingle().Which.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("Nora Vale said the plan for the pier was sound: \"We are ready to open in May and the harbour is safe.\"", "said", "the plan for the pier was sound: \"We are ready to open in May and the harbour is safe.\"")]
    [InlineData("Nora Vale issued a statement saying, \"We are ready to open in May.\"", "issued", "a statement saying, \"We are ready to open in May.\"")]
    public void A_quote_read_again_from_a_second_cue_of_the_same_speaker_is_no_second_relation(string text, string cue, string content)
    {
        var result = Analyze(text);

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
        result.Quotes.Should().ContainSingle().Which.SpeakerMention!.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void Quoted_words_without_a_cue_inside_reported_speech_are_no_relation_of_their_own()
    {
        var result = Analyze("Dana Holt, who has a wide lead in the count, mocked Tom Reeve for \"having a rough night\" because he lost every ward.");

        var attribution = result.Attributions.Should().ContainSingle().Subject;
        attribution.Cue!.Text.Should().Be("mocked");
        attribution.Content.Text.Should().Be("Tom Reeve for \"having a rough night\" because he lost every ward");
        // The mention keeps the relative clause right before the cue; the speaker is the name.
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_quote_whose_speaker_is_named_inside_reported_speech_keeps_its_relation()
    {
        var result = Analyze("The mayor said Nora Vale, who has called the pier \"a disgrace,\" would speak.");

        result.Attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "The mayor");
        result.Attributions.Should().Contain(a => a.Source!.Mention.Text == "who" && a.Content.Text.Contains("\"a disgrace,\""));
    }
}
