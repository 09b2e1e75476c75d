using AttributionKit.Loading.Html;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class NestingLimiterTests
{
    [Fact]
    public void A_page_within_the_limit_is_returned_as_it_is()
    {
        const string page = "<html><body><div><p>Text &amp; more<br><img src=a.png/></p></div><!-- <div><div> --></body></html>";

        NestingLimiter.Limit(page).Should().BeSameAs(page);
    }

    [Fact]
    public void Tags_deeper_than_the_limit_are_blanked_and_every_offset_keeps_its_place()
    {
        var depth = NestingLimiter.MaximumDepth + 50;
        var page = string.Concat(Enumerable.Repeat("<div>\n", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth));

        var limited = NestingLimiter.Limit(page);

        limited.Length.Should().Be(page.Length);
        limited.IndexOf("deep text", StringComparison.Ordinal).Should().Be(page.IndexOf("deep text", StringComparison.Ordinal));
        limited.Count(c => c == '\n').Should().Be(depth, "line breaks stay, so line numbers do too");
        CountOf(limited, "<div>").Should().Be(NestingLimiter.MaximumDepth);
        CountOf(limited, "</div>").Should().Be(NestingLimiter.MaximumDepth);
    }

    [Fact]
    public void Void_elements_self_closing_tags_comments_and_scripts_do_not_count_as_depth()
    {
        var noise = string.Concat(Enumerable.Repeat("<br><img src=x><input/><widget/><!-- <div> --><script>if (a<b) { '<div>' }</script>", NestingLimiter.MaximumDepth * 2));
        var page = "<div>" + noise + "</div>";

        NestingLimiter.Limit(page).Should().BeSameAs(page);
    }

    [Fact]
    public void Paragraphs_left_unclosed_are_not_taken_for_nesting()
    {
        // Old pages leave <p>, <li> and table cells unclosed: the parser closes them, so they are siblings, not depth.
        var paragraphs = string.Concat(Enumerable.Range(1, NestingLimiter.MaximumDepth + 200)
            .Select(i => $"<p>Paragraph {i} of the council report says the budget passed after a long debate.\n"));
        var html = $"<html><head><title>Report</title></head><body><article><h1>Report</h1>\n{paragraphs}</article></body></html>";

        var article = HtmlLoader.Load(html, "report.html", Samples.Today);

        article.Blocks.Count(b => b.Kind == BlockKind.Paragraph).Should().Be(NestingLimiter.MaximumDepth + 200);
        article.GetText(article.Blocks.Last(b => b.Kind == BlockKind.Paragraph).Range).Should().StartWith($"Paragraph {NestingLimiter.MaximumDepth + 200} ");
    }

    [Fact]
    public void List_items_left_unclosed_are_not_taken_for_nesting()
    {
        var items = string.Concat(Enumerable.Range(1, NestingLimiter.MaximumDepth + 100)
            .Select(i => $"<li>Point {i}: the council report says the budget passed after a long debate about the bridge.\n"));
        var html = $"<html><head><title>Report</title></head><body><article><h1>Report</h1><p>The points of the report follow, one by one, as the council gave them.</p><ul>\n{items}</ul></article></body></html>";

        var article = HtmlLoader.Load(html, "report.html", Samples.Today);

        article.Blocks.Count(b => b.Kind == BlockKind.ListItem).Should().Be(NestingLimiter.MaximumDepth + 100);
    }

    private static int CountOf(string text, string tag) =>
        (text.Length - text.Replace(tag, string.Empty, StringComparison.Ordinal).Length) / tag.Length;
}
