using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// <c>--format html</c>: one self-contained page for the run — a summary table (files × findings by severity), then
/// each article's text with quotes, speakers, dates, outlets, claims and findings highlighted and the findings in
/// the margin beside their paragraph. No external requests: CSS and the one small script are inline, and a
/// Content-Security-Policy allows only that script (by hash), so nothing an article smuggles in can run even if it
/// escaped the escaping.
/// </summary>
internal sealed class HtmlReportWriter(TextWriter writer) : IReportWriter
{
    /// <summary>The report's own script: marks that it ran (tests look for the marker) and wires the highlight toggles.</summary>
    public const string Script =
        "(function(){document.documentElement.setAttribute('data-report-script','ran');"
        + "var boxes=document.querySelectorAll('input[data-toggle]');"
        + "for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',function(e){"
        + "document.body.classList.toggle('hide-'+e.target.getAttribute('data-toggle'),!e.target.checked);});}})();";

    private const string Style = """
        :root{--fg:#1d2330;--muted:#5b6475;--line:#dfe3ea;--bg:#fff;--panel:#f6f7f9}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        header{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--panel)}
        h1{font-size:20px;margin:0 0 4px}
        h2{font-size:17px;margin:0 0 4px;word-break:break-all}
        main{padding:8px 24px 48px}
        table{border-collapse:collapse;margin:12px 0 24px;font-size:14px}
        th,td{border:1px solid var(--line);padding:4px 10px;text-align:right}
        th:first-child,td:first-child{text-align:left}
        td.failed{color:#a40e26}
        .legend label{margin-right:14px;font-size:13px;white-space:nowrap}
        .article{border-top:2px solid var(--line);padding-top:16px;margin-top:24px}
        .meta{color:var(--muted);font-size:13px;margin:0 0 12px}
        .row{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;border-bottom:1px dashed var(--line)}
        .text .block{white-space:pre-wrap;margin:8px 0}
        blockquote.block{border-left:3px solid #b9c2d0;padding-left:10px;font-style:italic}
        .notes ul{list-style:none;margin:6px 0;padding:0}
        .note{border-left:4px solid #888;background:var(--panel);padding:4px 8px;margin:4px 0;font-size:13px}
        .note.sev-error{border-color:#d1242f}.note.sev-warning{border-color:#bf8700}.note.sev-info{border-color:#0969da}
        .badge{font-weight:600;text-transform:uppercase;font-size:11px}
        .pos{color:var(--muted);margin-left:4px}
        .ex{color:var(--muted);font-style:italic;margin-top:2px}
        .failed{color:#a40e26;font-weight:600}
        mark.hl{background:none;color:inherit;border-radius:2px}
        mark.cl{background:#eef1f5}
        mark.q{background:#fff3b0}
        mark.sp{font-weight:600;color:#0a3069;background:#ddeeff}
        mark.dt{background:#d8f5d0}
        mark.ol{background:#eadcff}
        mark.fd{text-decoration:underline wavy #d1242f;text-underline-offset:3px}
        mark.fd-warning{text-decoration-color:#bf8700}mark.fd-info{text-decoration-color:#0969da}
        body.hide-cl mark.cl,body.hide-q mark.q,body.hide-sp mark.sp,body.hide-dt mark.dt,body.hide-ol mark.ol{background:none;font-weight:inherit;color:inherit}
        body.hide-fd mark.fd{text-decoration:none}
        .swatch{display:inline-block;width:10px;height:10px;margin-right:3px;border-radius:2px}
        """;

    private readonly StringBuilder _articles = new();
    private readonly List<FileOutcome> _outcomes = [];

    /// <summary>The page's Content-Security-Policy: nothing from anywhere, inline styles, and only the report's own script.</summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
        + $"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";

    public void Begin()
    {
    }

    public void Write(FileOutcome outcome)
    {
        _outcomes.Add(outcome);
        HtmlArticleRenderer.Render(_articles, outcome, _outcomes.Count);
    }

    public void End(RunSummary summary)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>AttributionKit report</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header><h1>AttributionKit report</h1><p class=\"meta\">")
            .Append(HtmlArticleRenderer.Escape($"{ToolInfo.Name} {ToolInfo.Version} · {summary.Describe()}")).Append("</p>\n")
            .Append("<div class=\"legend\">")
            .Append(Toggle("q", "#fff3b0", "quotes")).Append(Toggle("sp", "#ddeeff", "speakers")).Append(Toggle("dt", "#d8f5d0", "dates"))
            .Append(Toggle("ol", "#eadcff", "outlets")).Append(Toggle("cl", "#eef1f5", "claims")).Append(Toggle("fd", "#d1242f", "findings"))
            .Append("</div></header>\n<main>\n");
        AppendSummaryTable(html);
        html.Append(_articles).Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
        writer.Flush();
    }

    public void Dispose()
    {
    }

    private static string Toggle(string css, string colour, string label) =>
        $"<label><input type=\"checkbox\" checked data-toggle=\"{css}\"><span class=\"swatch\" style=\"background:{colour}\"></span>{label}</label>";

    private void AppendSummaryTable(StringBuilder html)
    {
        html.Append("<table id=\"summary\">\n<thead><tr><th>File</th><th>Format</th><th>Published</th><th>Quotes</th><th>Dates</th><th>Outlets</th><th>Claims</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>\n<tbody>\n");
        int errors = 0, warnings = 0, infos = 0;
        for (var i = 0; i < _outcomes.Count; i++)
        {
            var o = _outcomes[i];
            html.Append("<tr><td><a href=\"#file-").Append(i + 1).Append("\">").Append(HtmlArticleRenderer.Escape(o.DisplayPath)).Append("</a></td>");
            if (o.Result is not { } r)
            {
                html.Append("<td class=\"failed\" colspan=\"9\">could not be checked: ").Append(HtmlArticleRenderer.Escape(o.Error)).Append("</td></tr>\n");
                continue;
            }

            var e = o.Findings.Count(f => f.Severity == Checking.Severity.Error);
            var w = o.Findings.Count(f => f.Severity == Checking.Severity.Warning);
            var n = o.Findings.Length - e - w;
            (errors, warnings, infos) = (errors + e, warnings + w, infos + n);
            html.Append("<td>").Append(FileReportJson.FormatName(o.Format)).Append("</td><td>").Append(HtmlArticleRenderer.Escape(r.Article.Metadata.Published?.Value ?? "unknown")).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{r.Quotes.Length}</td><td>{r.Dates.Length}</td><td>{r.Outlets.Length}</td><td>{r.Claims.Length}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"errors\">{e}</td><td class=\"warnings\">{w}</td><td class=\"infos\">{n}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody>\n<tfoot><tr><th>Total ({_outcomes.Count} files)</th><th colspan=\"6\"></th><th>{errors}</th><th>{warnings}</th><th>{infos}</th></tr></tfoot>\n</table>\n");
    }
}
