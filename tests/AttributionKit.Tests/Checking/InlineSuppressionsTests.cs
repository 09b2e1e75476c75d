using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking;

public class InlineSuppressionsTests
{
    // Each numbered line holds a weekday that does not match its date: a weekday-mismatch finding on that line.
    private static string Line(int n) => $"Paragraph {n} says the vote was on Tuesday, March 3, 2025, in the council hall.";

    [Fact]
    public void Disable_next_line_skips_blank_lines_and_other_comments()
    {
        var markdown = string.Join("\n\n", Line(1), "<!-- attributionkit-disable-next-line weekday-mismatch -->\n\n<!-- a note -->", Line(2), Line(3));

        FindingLines(markdown).Should().Equal(LineOf(markdown, 1), LineOf(markdown, 3));
    }

    [Fact]
    public void Disable_line_suppresses_its_own_line()
    {
        var markdown = string.Join("\n\n", Line(1) + " <!-- attributionkit-disable-line AK1002 -->", Line(2));

        FindingLines(markdown).Should().Equal(LineOf(markdown, 2));
    }

    [Fact]
    public void A_region_runs_from_disable_to_enable_and_an_unclosed_one_to_the_end()
    {
        var closed = string.Join("\n\n", Line(1), "<!-- attributionkit-disable -->", Line(2), "<!-- attributionkit-enable -->", Line(3));
        var unclosed = string.Join("\n\n", Line(1), "<!-- attributionkit-disable weekday-mismatch -->", Line(2), Line(3));

        FindingLines(closed).Should().Equal(LineOf(closed, 1), LineOf(closed, 3));
        FindingLines(unclosed).Should().Equal(LineOf(unclosed, 1));
    }

    [Fact]
    public void Enable_with_a_rule_closes_only_that_rules_region()
    {
        var markdown = string.Join(
            "\n\n",
            "<!-- attributionkit-disable date-mismatch -->",
            "<!-- attributionkit-disable weekday-mismatch -->",
            Line(1),
            "<!-- attributionkit-enable date-mismatch -->",
            Line(2));

        FindingLines(markdown).Should().BeEmpty("the weekday-mismatch region is still open");
    }

    [Fact]
    public void A_comment_naming_another_rule_suppresses_nothing_here()
    {
        var markdown = string.Join("\n\n", "<!-- attributionkit-disable-next-line numeric-conflict, AK2001 -->", Line(1));

        FindingLines(markdown).Should().Equal(LineOf(markdown, 1));
    }

    [Fact]
    public void Comments_are_ignored_when_inline_configuration_is_off()
    {
        var markdown = string.Join("\n\n", "<!-- attributionkit-disable -->", Line(1));

        FindingLines(markdown, Samples.Options with { InlineConfiguration = false }).Should().Equal(LineOf(markdown, 1));
    }

    private static List<int> FindingLines(string markdown, AnalyzeOptions? options = null) =>
        ArticleAnalyzer.Analyze(markdown, ArticleFormat.Markdown, options ?? Samples.Options).Findings
            .Where(f => f.Rule.Name == "weekday-mismatch")
            .Select(f => f.Span.Line)
            .ToList();

    private static int LineOf(string markdown, int paragraph) =>
        markdown[..markdown.IndexOf(Line(paragraph), StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
