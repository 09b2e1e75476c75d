using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Main text and title on trafilatura's evaluation pages: each <c>with</c> snippet found in the extracted text
/// (white space collapsed) is a true positive, each missing one a false negative, each <c>without</c> snippet found
/// a false positive. Also the title's exact-match rate and the speed of the whole analysis.
/// </summary>
internal sealed partial class TrafilaturaSuite : IEvaluationSuite
{
    public string Name => "trafilatura";

    public string Description => "main text and title of web pages (trafilatura's gold set): P/R/F1, title accuracy, pages/s";

    public int Run(EvaluationContext context)
    {
        var folder = context.Dataset("trafilatura");
        var goldPath = Path.Combine(folder, "gold.json");
        if (!File.Exists(goldPath))
        {
            context.Out.WriteLine($"missing: {goldPath}");
            return 2;
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var items = new List<(string Key, string File, List<string> With, List<string> Without, string? Title)>();
        foreach (var entry in gold.RootElement.GetProperty("entries").EnumerateObject())
        {
            var v = entry.Value;
            items.Add((
                entry.Name,
                v.GetProperty("file").GetString()!,
                Strings(v, "with"),
                Strings(v, "without"),
                v.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null));
        }

        if (context.Limit is { } limit)
        {
            items = items.Take(limit).ToList();
        }

        var (outcomes, elapsed) = SuiteRunner.Run(
            items.Select(i => (i.Key, Path.Combine(folder, "pages", i.File))).ToList(),
            r => new ExtractedPage(r.Article.Text, r.Article.Metadata.Title));
        int tp = 0, fn = 0, fp = 0, titled = 0, titleOk = 0, errors = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var result = outcomes[k].Kept;
            errors += result is null ? 1 : 0;
            var text = Collapse(result?.Text ?? string.Empty);
            var missing = item.With.Where(s => !text.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
            var leaked = item.Without.Where(s => text.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
            tp += item.With.Count - missing.Count;
            fn += missing.Count;
            fp += leaked.Count;
            string? title = null;
            var titleWrong = false;
            if (item.Title is { } goldTitle && !string.IsNullOrWhiteSpace(goldTitle))
            {
                titled++;
                title = result?.Title;
                if (title is not null && Collapse(title) == Collapse(goldTitle))
                {
                    titleOk++;
                }
                else
                {
                    titleWrong = true;
                }
            }

            if (context.Verbose && (missing.Count > 0 || leaked.Count > 0 || titleWrong))
            {
                context.Out.WriteLine($"  {item.File}: {item.With.Count - missing.Count}/{item.With.Count} found, {leaked.Count} leaked{(result is null ? " ERROR " + outcomes[k].Error : string.Empty)}");
                foreach (var s in missing)
                {
                    context.Out.WriteLine($"     - missing: {Short(s)}");
                }

                foreach (var s in leaked)
                {
                    context.Out.WriteLine($"     + leaked:  {Short(s)}");
                }

                if (titleWrong)
                {
                    context.Out.WriteLine($"     title: got '{title}' want '{item.Title}'");
                }
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        context.Out.WriteLine(FormattableString.Invariant($"pages: {items.Count} (load errors: {errors}); snippets: tp {tp}, fn {fn}, fp {fp}"));
        context.Out.WriteLine(FormattableString.Invariant($"main text: precision {precision:0.000}, recall {recall:0.000}, F1 {f1:0.000}"));
        context.Out.WriteLine(FormattableString.Invariant($"title: {(titled == 0 ? 0 : (double)titleOk / titled):0.000} exact ({titleOk}/{titled} pages with a gold title)"));
        context.Out.WriteLine("anchors (trafilatura's 990 pages): trafilatura F1 0.924, magic-html 0.889, news-please 0.836, readability-lxml 0.826, goose3 0.810");
        SuiteRunner.PrintSpeed(context.Out, outcomes, elapsed);
        return 0;
    }

    private static List<string> Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    private static string Short(string s) => (s.Length > 110 ? s[..110] + "…" : s).Replace('\n', ' ');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
