using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ContentAcrossNestedClauseTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("Dana Holt said the survey is wrong because she believes the pier counts were old.", "Dana Holt", "the survey is wrong because she believes the pier counts were old")]
    [InlineData("Nora Vale said the harbour will close because the mayor wants a new ferry.", "Nora Vale", "the harbour will close because the mayor wants a new ferry")]
    [InlineData("Vale said that only skippers such as Dana Holt want the pier closed.", "Vale", "that only skippers such as Dana Holt want the pier closed")]
    public void A_reason_clause_or_an_example_without_a_comma_stays_in_the_content_though_it_holds_a_cue(string text, string source, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("said");
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Several harbour pilots told reporters that in private, the mayor has shown an interest in the pier.", "Several harbour pilots", "told", "that in private, the mayor has shown an interest in the pier")]
    [InlineData("Dana Holt said that for one, there appeared to be no plan for the ferry.", "Dana Holt", "said", "that for one, there appeared to be no plan for the ferry")]
    [InlineData("She said, if elected, she would ask Nora Vale to run the harbour board.", "She", "said", "if elected, she would ask Nora Vale to run the harbour board")]
    public void A_short_phrase_opening_the_reported_clause_keeps_the_clause_after_its_comma(string text, string source, string cue, string content)
    {
        var attribution = Analyze(text).Attributions.Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_purpose_clause_after_so_stays_in_the_content_but_a_comma_before_so_ends_it()
    {
        Analyze("Holt says the pilots slow the ferries just so their crews can rest.").Attributions.Should().ContainSingle()
            .Which.Content.Text.Should().Be("the pilots slow the ferries just so their crews can rest");

        var attributions = Analyze("Holt said the pier was old, so the mayor wants it closed.").Attributions;
        attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Content.Text == "the pier was old");
        attributions.Should().Contain(a => a.Cue!.Text == "wants" && a.Source!.Mention.Text == "the mayor");
    }
}
