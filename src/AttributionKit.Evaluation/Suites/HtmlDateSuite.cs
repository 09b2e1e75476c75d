using System.Globalization;
using System.Text.Json;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Publication dates on htmldate's evaluation pages: an exact day is correct, a wrong day or an answer where the
/// gold has none is wrong, no answer is a miss. Accuracy = correct / pages.
/// </summary>
internal sealed class HtmlDateSuite : IEvaluationSuite
{
    public string Name => "htmldate";

    public string Description => "publication date of web pages (htmldate's gold set): accuracy, no-answer rate";

    public int Run(EvaluationContext context)
    {
        var folder = context.Dataset("htmldate");
        var goldPath = Path.Combine(folder, "gold.json");
        if (!File.Exists(goldPath))
        {
            context.Out.WriteLine($"missing: {goldPath}");
            return 2;
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var items = new List<(string Url, string File, string? Date)>();
        foreach (var entry in gold.RootElement.GetProperty("entries").EnumerateObject())
        {
            var date = entry.Value.GetProperty("date");
            items.Add((entry.Name, entry.Value.GetProperty("file").GetString()!, date.ValueKind == JsonValueKind.String ? date.GetString() : null));
        }

        if (context.Limit is { } limit)
        {
            items = items.Take(limit).ToList();
        }

        var (outcomes, elapsed) = SuiteRunner.Run(items.Select(i => (i.Url, Path.Combine(folder, "pages", i.File))).ToList(), r => r.Article.Metadata);
        int correct = 0, wrong = 0, none = 0, nullGold = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var (url, file, expected) = items[k];
            var published = outcomes[k].Kept?.Published;
            var answer = published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            nullGold += expected is null ? 1 : 0;
            bool ok;
            if (answer is null)
            {
                none++;
                ok = expected is null;
            }
            else
            {
                ok = answer == expected;
                wrong += ok ? 0 : 1;
            }

            correct += ok ? 1 : 0;
            if (context.Verbose && !ok)
            {
                var meta = outcomes[k].Kept;
                context.Out.WriteLine($"  MISS {file} gold={expected ?? "null"} got={answer ?? "none"} ({published?.SourceLabel}) {url}");
                if (meta is not null)
                {
                    foreach (var c in meta.DateCandidates.Take(8))
                    {
                        context.Out.WriteLine($"       {c.Value} {c.SourceLabel} {c.Role} '{Short(c.Text)}'");
                    }
                }
                else
                {
                    context.Out.WriteLine($"       error: {outcomes[k].Error}");
                }
            }
        }

        var n = items.Count;
        context.Out.WriteLine(FormattableString.Invariant($"pages: {n} ({nullGold} with no gold date)"));
        context.Out.WriteLine(FormattableString.Invariant($"accuracy: {(double)correct / n:0.000} ({correct}/{n}); wrong day: {wrong}; no answer: {none} (no-answer rate {(double)none / n:0.000})"));
        context.Out.WriteLine("anchors (htmldate's 1,000 pages): htmldate extensive 0.903, htmldate fast 0.861, newspaper4k 0.680, goose3 0.545");
        SuiteRunner.PrintSpeed(context.Out, outcomes, elapsed);
        return 0;
    }

    private static string Short(string s) => s.Length > 60 ? s[..60] : s;
}
