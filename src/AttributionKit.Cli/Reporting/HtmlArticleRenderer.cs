using System.Globalization;
using System.Net;
using System.Text;
using AttributionKit.Checking;
using AttributionKit.Cli.Running;
using AttributionKit.Model;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// Renders one article of the HTML report: its main text block by block, with quotes, speakers, dates, outlets,
/// claims and findings highlighted from their <see cref="TextRange"/>s, and each block's findings in the margin
/// beside it. Every piece of text that comes from the article goes through <see cref="Escape"/>.
/// </summary>
internal static class HtmlArticleRenderer
{
    /// <summary>HTML-escapes text and attribute values (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static void Render(StringBuilder html, FileOutcome outcome, int fileIndex)
    {
        html.Append("<section class=\"article\" id=\"file-").Append(fileIndex).Append("\">\n");
        html.Append("<h2>").Append(Escape(outcome.DisplayPath)).Append("</h2>\n");
        if (outcome.Result is not { } result)
        {
            html.Append("<p class=\"failed\">Could not be checked: ").Append(Escape(outcome.Error)).Append("</p>\n</section>\n");
            return;
        }

        var article = result.Article;
        var published = article.Metadata.Published;
        html.Append("<p class=\"meta\">").Append(Escape(FileReportJson.FormatName(outcome.Format)))
            .Append(" · published ").Append(Escape(published?.Value ?? "unknown"))
            .Append(published is null ? string.Empty : " (" + Escape(published.SourceLabel) + ")")
            .Append(CultureInfo.InvariantCulture, $" · {result.Quotes.Length} quotes, {result.Dates.Length} dates, {result.Outlets.Length} outlets, {result.Claims.Length} claims, {outcome.Findings.Length} findings")
            .Append(outcome.Baselined > 0 ? $" ({outcome.Baselined} hidden by the baseline)" : string.Empty)
            .Append("</p>\n");

        var findingIds = outcome.Findings.Select((_, i) => $"f{fileIndex}-{i + 1}").ToArray();
        var spans = CollectSpans(result, outcome, findingIds);
        var blocks = article.Blocks.IsEmpty ? [new BlockSlice(BlockKind.Paragraph, new TextRange(0, article.Text.Length))] : article.Blocks.Select(b => new BlockSlice(b.Kind, b.Range)).ToArray();
        var notesByBlock = AssignFindings(outcome, blocks);

        if (notesByBlock.Document.Count > 0)
        {
            html.Append("<div class=\"row doc\"><div class=\"text\"><p class=\"docnote\">About the document itself</p></div>");
            AppendNotes(html, outcome, notesByBlock.Document, findingIds);
            html.Append("</div>\n");
        }

        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            html.Append("<div class=\"row\"><div class=\"text\">");
            var (open, close) = Element(block.Kind);
            html.Append(open);
            AppendHighlighted(html, article.Text, block.Range, spans);
            html.Append(close).Append("</div>");
            AppendNotes(html, outcome, notesByBlock.ByBlock[b], findingIds);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Every highlight of an article, from the ranges the analysis reports.</summary>
    public static List<HighlightSpan> CollectSpans(AnalysisResult result, FileOutcome outcome, IReadOnlyList<string> findingIds)
    {
        var spans = new List<HighlightSpan>();
        foreach (var claim in result.Claims)
        {
            spans.Add(new(claim.Range.Start, claim.Range.End, "cl", $"Claim (check-worthiness {claim.Score.ToString("0.00", CultureInfo.InvariantCulture)})" + (claim.Attribution is null ? string.Empty : $", attributed to {claim.Attribution}")));
        }

        foreach (var quote in result.Quotes)
        {
            spans.Add(new(quote.Range.Start, quote.Range.End, "q", $"Quote ({quote.Kind.ToString().ToLowerInvariant()}), speaker: {quote.Speaker ?? "none found"}" + (quote.Source is null ? string.Empty : $", said on {quote.Source}")));
            if (quote.SpeakerMention is { } speaker)
            {
                spans.Add(new(speaker.Range.Start, speaker.Range.End, "sp", $"Speaker: {quote.Speaker ?? speaker.Text}"));
            }
        }

        foreach (var date in result.Dates)
        {
            spans.Add(new(date.Range.Start, date.Range.End, "dt", $"Date ({date.Type.ToString().ToLowerInvariant()}{(date.IsRelative ? ", relative" : string.Empty)}): {date.Value ?? "unresolved"}"));
        }

        foreach (var outlet in result.Outlets)
        {
            foreach (var mention in outlet.Mentions)
            {
                spans.Add(new(mention.Range.Start, mention.Range.End, "ol", $"Outlet: {outlet.Name} ({outlet.Kind.ToString().ToLowerInvariant()})"));
            }
        }

        for (var i = 0; i < outcome.Findings.Length; i++)
        {
            var finding = outcome.Findings[i];
            if (finding.Range is { } range)
            {
                spans.Add(new(range.Start, range.End, "fd fd-" + SeverityName(finding.Severity), $"{finding.RuleId} {finding.RuleName}: {finding.Message}", findingIds[i]));
            }
        }

        spans.RemoveAll(s => s.End <= s.Start);
        return spans;
    }

    /// <summary>
    /// Writes <paramref name="range"/> of <paramref name="text"/> cut at every highlight boundary; each piece is one
    /// <c>&lt;mark&gt;</c> carrying the classes of all highlights covering it (overlaps and nesting need no tree).
    /// </summary>
    public static void AppendHighlighted(StringBuilder html, string text, TextRange range, IReadOnlyList<HighlightSpan> spans)
    {
        var inBlock = spans.Where(s => s.Start < range.End && s.End > range.Start).ToList();
        var cuts = new SortedSet<int> { range.Start, range.End };
        foreach (var s in inBlock)
        {
            cuts.Add(Math.Max(s.Start, range.Start));
            cuts.Add(Math.Min(s.End, range.End));
        }

        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var piece = Escape(text[a..b]);
            var active = inBlock.Where(s => s.Start <= a && s.End >= b).ToList();
            if (active.Count == 0)
            {
                html.Append(piece);
                continue;
            }

            html.Append("<mark class=\"hl ").Append(string.Join(' ', active.Select(s => s.CssClass).Distinct()))
                .Append("\" title=\"").Append(Escape(string.Join(" · ", active.Select(s => s.Title)))).Append('"');
            if (active.FirstOrDefault(s => s.FindingId is not null) is { } finding)
            {
                html.Append(" data-finding=\"").Append(finding.FindingId).Append('"');
            }

            html.Append('>').Append(piece).Append("</mark>");
        }
    }

    private static void AppendNotes(StringBuilder html, FileOutcome outcome, List<int> findings, string[] ids)
    {
        html.Append("<aside class=\"notes\">");
        if (findings.Count > 0)
        {
            html.Append("<ul>");
            foreach (var i in findings)
            {
                var f = outcome.Findings[i];
                var severity = SeverityName(f.Severity);
                html.Append("<li class=\"note sev-").Append(severity).Append("\" id=\"").Append(ids[i]).Append("\">")
                    .Append("<span class=\"badge\">").Append(severity).Append("</span> ")
                    .Append("<code>").Append(Escape(f.RuleId)).Append("</code> <span class=\"rule\">").Append(Escape(f.RuleName)).Append("</span> ")
                    .Append(CultureInfo.InvariantCulture, $"<span class=\"pos\">line {f.Span.Line}, col {f.Span.Column}</span>")
                    .Append("<div class=\"msg\">").Append(Escape(f.Message)).Append("</div>");
                if (f.Range is null && f.Excerpt.Length > 0)
                {
                    html.Append("<div class=\"ex\">").Append(Escape(f.Excerpt)).Append("</div>");
                }

                if (f.Rule.HelpUri is { } help)
                {
                    html.Append("<a class=\"help\" href=\"").Append(Escape(help.AbsoluteUri)).Append("\" rel=\"noreferrer\">rule help</a>");
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</aside>");
    }

    private static (List<int> Document, List<int>[] ByBlock) AssignFindings(FileOutcome outcome, BlockSlice[] blocks)
    {
        var document = new List<int>();
        var byBlock = blocks.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < outcome.Findings.Length; i++)
        {
            if (outcome.Findings[i].Range is not { } range || blocks.Length == 0)
            {
                document.Add(i);
                continue;
            }

            // The block holding the finding's start; a start between blocks belongs to the next block.
            var index = Array.FindIndex(blocks, b => range.Start < b.Range.End || (range.IsEmpty && range.Start <= b.Range.End));
            byBlock[index < 0 ? blocks.Length - 1 : index].Add(i);
        }

        return (document, byBlock);
    }

    private static (string Open, string Close) Element(BlockKind kind) => kind switch
    {
        BlockKind.Title => ("<h3 class=\"block title\">", "</h3>"),
        BlockKind.Heading => ("<h4 class=\"block heading\">", "</h4>"),
        BlockKind.BlockQuote or BlockKind.Citation => ("<blockquote class=\"block\">", "</blockquote>"),
        BlockKind.ListItem => ("<p class=\"block li\">", "</p>"),
        BlockKind.Preformatted => ("<pre class=\"block\">", "</pre>"),
        _ => ("<p class=\"block\">", "</p>"),
    };

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private sealed record BlockSlice(BlockKind Kind, TextRange Range);
}
