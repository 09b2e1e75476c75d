using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AttributionKit.Cli.Reporting;
using AttributionKit.Cli.Running;
using AttributionKit.Cli.Tests.TestSupport;

namespace AttributionKit.Cli.Tests.Reporting;

public class HtmlReportWriterTests
{
    internal static string Render(params FileOutcome[] outcomes)
    {
        using var writer = new StringWriter();
        using var report = new HtmlReportWriter(writer);
        var summary = new RunSummary();
        report.Begin();
        foreach (var outcome in outcomes)
        {
            summary.Add(outcome);
            report.Write(outcome);
        }

        report.End(summary);
        return writer.ToString();
    }

    [Fact]
    public void Everything_from_the_article_is_escaped_and_only_the_report_script_exists()
    {
        var html = Render(new FileOutcome("news/<b>story</b>.txt", ArticleFormat.Text, RichResults.Build(), null));

        html.Should().Contain("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt; &amp; more.");
        html.Should().Contain("news/&lt;b&gt;story&lt;/b&gt;.txt");
        Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Should().HaveCount(1, "the report's own script is the only one");
        html.Should().NotContain("<img", "article markup never becomes an element");
        html.Should().NotContain("<b>");
    }

    [Fact]
    public void Page_makes_no_external_requests_and_its_policy_allows_only_its_own_script()
    {
        var html = Render(new FileOutcome("story.txt", ArticleFormat.Text, RichResults.Build(), null));

        html.Should().NotMatchRegex(@"<link|<iframe|<img|@import|url\(|<(?!a\s)[^>]+\s(src|href)=""https?:");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlReportWriter.Script)));
        html.Should().Contain($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
        html.Should().Contain($"script-src 'sha256-{hash}'");
        html.Should().Contain("<script>" + HtmlReportWriter.Script + "</script>");
    }

    [Fact]
    public void Quotes_speakers_dates_outlets_claims_and_findings_are_highlighted_from_their_ranges()
    {
        var html = Render(new FileOutcome("story.txt", ArticleFormat.Text, RichResults.Build(), null));

        html.Should().MatchRegex("<mark class=\"hl q\" title=\"Quote \\(partial\\), speaker: Officials\">a </mark>");
        html.Should().MatchRegex("<mark class=\"hl sp\" title=\"Speaker: Officials\">Officials</mark>");
        html.Should().MatchRegex("<mark class=\"hl dt\" title=\"Date \\(date, relative\\): 2025-05-13\">Tuesday</mark>");
        html.Should().MatchRegex("<mark class=\"hl cl ol\" title=\"[^\"]*Outlet: BBC \\(news\\)\">BBC</mark>");
        html.Should().MatchRegex("<mark class=\"hl q fd fd-warning\" title=\"[^\"]*TST0001 marker-word: Marker word &#39;zorblax&#39; found.\" data-finding=\"f1-2\">zorblax</mark>");
        html.Should().MatchRegex("<mark class=\"hl cl fd fd-warning\"[^>]*data-finding=\"f1-1\">zorblax</mark>");
    }

    [Fact]
    public void Findings_sit_in_the_margin_of_their_paragraph_and_the_summary_counts_them()
    {
        var failed = new FileOutcome("broken.txt", ArticleFormat.Text, null, "looks like a binary file");
        var html = Render(new FileOutcome("story.txt", ArticleFormat.Text, RichResults.Build(), null), failed);

        var row = Regex.Match(html, "<div class=\"row\"><div class=\"text\"><p class=\"block\"><mark class=\"hl sp\".*?</aside></div>\n").Value;
        var (line, column) = Articles.Positions(RichResults.HostileText, MarkerRule.Word)[1];
        row.Should().Contain("<aside class=\"notes\"><ul><li class=\"note sev-warning\" id=\"f1-2\">");
        row.Should().Contain("Marker word &#39;zorblax&#39; found.").And.Contain($"line {line}, col {column}");
        html.Should().MatchRegex("<tr><td><a href=\"#file-1\">story.txt</a></td><td>text</td><td>2025-05-19</td><td>1</td><td>1</td><td>1</td><td>1</td><td class=\"errors\">0</td><td class=\"warnings\">2</td><td class=\"infos\">0</td></tr>");
        html.Should().Contain("<td class=\"failed\" colspan=\"9\">could not be checked: looks like a binary file</td>");
        html.Should().Contain("<th>Total (2 files)</th><th colspan=\"6\"></th><th>0</th><th>2</th><th>0</th>");
    }

    [Fact]
    public void The_cli_writes_one_page_for_the_whole_batch()
    {
        using var ws = new TempWorkspace();
        ws.Write("a.txt", RichResults.HostileText);
        ws.Write("b.md", Articles.Story);
        var console = ws.Console();

        console.Run("check", "a.txt", "b.md", "--format", "html", "--output", "report.html").Should().Be(0);

        var html = File.ReadAllText(ws.PathOf("report.html"));
        Regex.Matches(html, "<!DOCTYPE html>").Should().HaveCount(1);
        html.Should().Contain("<section class=\"article\" id=\"file-1\">").And.Contain("<section class=\"article\" id=\"file-2\">");
        html.Should().Contain("&lt;script&gt;");
        console.Output.Should().Contain("2 files checked: 0 errors, 4 warnings, 0 info.", "the summary stays on the console");
    }
}
