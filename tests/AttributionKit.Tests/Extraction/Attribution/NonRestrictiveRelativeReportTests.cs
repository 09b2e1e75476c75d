using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// NonRestrictiveRelativeReport: a report inside a relative clause set off by commas ends with the clause; the main
/// predicate after the closing comma ("will close") is nobody's report.
/// </summary>
public class NonRestrictiveRelativeReportTests
{
    [Theory]
    [InlineData("The pier, which Holt said was unsafe, will close.", "Holt", "was unsafe")]
    [InlineData("The new fees, which the mayor said would take effect in May, will not apply to ferries.", "the mayor", "would take effect in May")]
    [InlineData("The fees, which she said were unfair, rose again.", "she", "were unfair")]
    public void The_report_ends_with_the_clause(string text, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_comma_inside_the_clause_does_not_end_it()
    {
        var attribution = PlainTextAttributions.WithCue(
            "Vale criticised the lease, which she said would leave the pilots, especially the young, stranded.", "said");

        attribution.Content.Text.Should().Be("would leave the pilots, especially the young, stranded");
    }
}
