using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Claims;

public class ClaimExtractorTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    [InlineData("According to Ukrinform, Ukraine intercepted 76 of 112 drones overnight.", "Ukrinform")]
    [InlineData("Peskov said Russia launched 90 drones on May 16.", "Peskov")]
    [InlineData("Ukraine reported 734 Russian violations within 12 hours during the pause.", "Ukraine")]
    [InlineData("The plan will cost $2.3 billion over five years, said Finance Minister Jane Doe.", "Jane Doe")]
    public void Claims_link_to_the_attribution_in_their_sentence(string text, string source)
    {
        var claim = Analyze(text).Claims.Should().ContainSingle().Subject;

        claim.Attribution.Should().Be(source);
        claim.Score.Should().BeInRange(0.5, 1);
        claim.Text.Should().Be(text);
    }

    [Fact]
    public void A_quotation_standing_alone_is_credited_to_the_line_under_it()
    {
        const string text = "Talks stall in the capital again\n\n“When Putin said he would halt strikes, 200 drones came overnight.”\n\n— President Zelenskyy on X\n";
        var claim = Analyze(text).Claims.Should().ContainSingle().Subject;

        // The attribution engine's canonical speaker: the role is not part of the name.
        claim.Attribution.Should().Be("Zelenskyy");
        claim.Features.Should().Contain("quoted");
    }

    [Fact]
    public void Features_explain_the_score()
    {
        var claim = Analyze("Russia launched 200 drones in one night, more than in any attack since March 2024.").Claims.Should().ContainSingle().Subject;

        claim.Features.Should().Contain(["figure", "count", "date", "comparative", "event"]);
        claim.Attribution.Should().BeNull();
    }

    [Theory]
    [InlineData("Did Russia launch 200 drones in one night on March 3, 2025?")]
    [InlineData("We hope for peace.")]
    [InlineData("The weather was nice and everyone was happy about it.")]
    public void Questions_and_sentences_that_assert_nothing_checkable_are_not_claims(string text) =>
        Analyze(text).Claims.Should().BeEmpty();

    [Fact]
    public void Headings_are_claims_only_when_they_assert_something()
    {
        const string text = "NATO Coordination and Ceasefire Strategy in 2025\n\nSome body text follows here.\n\nRussia Launched 200 Drones at Kyiv on March 3\n\nMore body text follows here.\n";
        Analyze(text).Claims.Select(c => c.Text).Should().Equal("Russia Launched 200 Drones at Kyiv on March 3");
    }

    [Fact]
    public void Claim_spans_point_into_the_original_file()
    {
        const string text = "Intro line of the story here\n\n  Ukraine intercepted 76 of 112 drones overnight on May 3, 2025.\n";
        var claim = Analyze(text).Claims.Should().ContainSingle().Subject;

        text.Substring(claim.Span.Start, claim.Span.Length).Should().Be(claim.Text);
        claim.Span.Line.Should().Be(3);
    }
}
