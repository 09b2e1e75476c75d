using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Model;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Scores quotes and attributions against PolNeAR (political news, BRAT standoff): all relations by content overlap
/// and source span, and the direct-quote subset by quote detection and speaker. Each article is fed as plain text;
/// predictions are compared through their spans in the original file.
/// </summary>
internal sealed partial class PolnearAttributionSuite : IEvaluationSuite
{
    private static readonly System.Buffers.SearchValues<char> QuoteChars = System.Buffers.SearchValues.Create("\"“”«»„");

    public string Name => "polnear-attribution";

    public string Description => "PolNeAR: attribution content/source F1, direct-quote F1 and speaker accuracy";

    public int Run(EvaluationContext context)
    {
        var root = context.Dataset("polnear");
        if (!Directory.Exists(root))
        {
            context.Out.WriteLine($"missing: {root}");
            return 2;
        }

        // POLNEAR_SPLIT=train (or dev) scores one split only, for quicker tuning loops.
        var only = Environment.GetEnvironmentVariable("POLNEAR_SPLIT");
        foreach (var split in new[] { "train", "dev" })
        {
            if (!string.IsNullOrEmpty(only) && !string.Equals(only, split, StringComparison.Ordinal))
            {
                continue;
            }

            var dir = Path.Combine(root, split);
            if (!Directory.Exists(dir))
            {
                context.Out.WriteLine($"missing: {dir}");
                return 2;
            }

            Score(context, split, dir);
        }

        return 0;
    }

    private static void Score(EvaluationContext context, string split, string dir)
    {
        // One annotator per document: the first file in name order.
        var docs = Directory.GetFiles(Path.Combine(dir, "attributions"), "*.ann")
            .OrderBy(f => f, StringComparer.Ordinal)
            .GroupBy(f => DocName(f), StringComparer.Ordinal)
            .Select(g => (Doc: g.Key, Ann: g.First()))
            .Take(context.Limit ?? int.MaxValue)
            .ToList();

        var totals = new ConcurrentBag<DocScore>();
        var failures = 0;
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, doc =>
        {
            var textPath = Path.Combine(dir, "text", doc.Doc + ".txt");
            if (!File.Exists(textPath))
            {
                return;
            }

            var text = File.ReadAllText(textPath);
            var gold = ReadGold(File.ReadAllLines(doc.Ann), text);
            try
            {
                var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, AnalyzeOptions.Default);
                totals.Add(ScoreDoc(doc.Doc, text, gold, result, context.Verbose));
            }
            catch (ArticleLoadException)
            {
                Interlocked.Increment(ref failures);
            }
        });

        SpeakerDump.Flush(split);
        var s = totals.Aggregate(new DocScore(), (a, b) => a.Add(b));
        var o = context.Out;
        o.WriteLine($"-- {split}: {totals.Count} articles ({failures} unreadable), {s.Gold} gold relations, {s.Predicted} predicted");
        o.WriteLine($"   content (overlap)     P {Ratio(s.ContentMatched, s.Predicted)}  R {Ratio(s.ContentMatched, s.Gold)}  F1 {F1(s.ContentMatched, s.Predicted, s.ContentMatched, s.Gold)}");
        o.WriteLine($"   source exact span     P {Ratio(s.SourceExact, s.PredictedWithSource)}  R {Ratio(s.SourceExact, s.GoldWithSource)}  F1 {F1(s.SourceExact, s.PredictedWithSource, s.SourceExact, s.GoldWithSource)}");
        o.WriteLine($"   source overlap        P {Ratio(s.SourceOverlap, s.PredictedWithSource)}  R {Ratio(s.SourceOverlap, s.GoldWithSource)}  F1 {F1(s.SourceOverlap, s.PredictedWithSource, s.SourceOverlap, s.GoldWithSource)}");
        o.WriteLine($"   direct quotes: {s.GoldDirect} gold, {s.PredictedQuotes} predicted quotes");
        o.WriteLine($"   quote (overlap)       P {Ratio(s.QuotesCorrect, s.PredictedQuotes)}  R {Ratio(s.GoldDirectFound, s.GoldDirect)}  F1 {F1(s.QuotesCorrect, s.PredictedQuotes, s.GoldDirectFound, s.GoldDirect)}");
        o.WriteLine($"   speaker accuracy      {Ratio(s.SpeakerCorrect, s.SpeakerJudged)}  ({s.SpeakerCorrect}/{s.SpeakerJudged} found direct quotes with a gold source)");
    }

    private static DocScore ScoreDoc(string name, string text, List<GoldRelation> gold, AnalysisResult result, bool verbose)
    {
        var score = new DocScore { Gold = gold.Count, GoldWithSource = gold.Count(g => g.Source.Count > 0) };
        var predicted = result.Attributions;
        score.Predicted = predicted.Length;
        score.PredictedWithSource = predicted.Count(p => p.Source is not null);

        // One-to-one: each gold relation takes the unmatched prediction whose content overlaps it most.
        var taken = new bool[predicted.Length];
        var unmatchedGold = new List<GoldRelation>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < predicted.Length; i++)
            {
                var overlap = taken[i] ? 0 : Overlap(g.Content, predicted[i].Content.Span);
                if (overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                unmatchedGold.Add(g);
                continue;
            }

            taken[best] = true;
            score.ContentMatched++;
            if (predicted[best].Source is { } ps && g.Source.Count > 0)
            {
                var span = ps.Mention.Span;
                if (g.Source.Count == 1 && g.Source[0].Start == span.Start && g.Source[0].End == span.End)
                {
                    score.SourceExact++;
                }

                if (Overlap(g.Source, span) > 0)
                {
                    score.SourceOverlap++;
                }

                if (verbose && !(g.Source.Count == 1 && g.Source[0].Start == span.Start && g.Source[0].End == span.End))
                {
                    Console.Out.WriteLine($"  SRC gold [{Show(text, g.Source)}] got [{ps.Mention.Text}]");
                }
            }
        }

        // Direct quotes: any overlap either way.
        var quotes = result.Quotes;
        score.PredictedQuotes = quotes.Length;
        var direct = gold.Where(g => g.IsDirect).ToList();
        score.GoldDirect = direct.Count;
        score.QuotesCorrect = quotes.Count(q => direct.Any(g => Overlap(g.Content, q.Span) > 0));
        foreach (var g in direct)
        {
            var hits = quotes.Where(q => Overlap(g.Content, q.Span) > 0).ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            score.GoldDirectFound++;
            if (g.Source.Count > 0)
            {
                score.SpeakerJudged++;
                var correct = hits[0].SpeakerMention is { } m && Overlap(g.Source, m.Span) > 0;
                if (correct)
                {
                    score.SpeakerCorrect++;
                }

                SpeakerDump.Add(name, g.Content, g.Source, g.Cue, hits[0], correct);
            }
        }

        if (verbose)
        {
            var lines = new List<string>();
            foreach (var g in unmatchedGold.Take(30))
            {
                lines.Add($"  FN [{Show(text, g.Source)}] {Show(text, g.Cue)} :: {Clip(Show(text, g.Content))}");
            }

            for (var i = 0; i < predicted.Length; i++)
            {
                if (!taken[i])
                {
                    var p = predicted[i];
                    lines.Add($"  FP [{p.Source?.Mention.Text}] {p.Cue?.Text} :: {Clip(p.Content.Text)}");
                }
            }

            foreach (var q in quotes.Where(q => !direct.Any(g => Overlap(g.Content, q.Span) > 0)))
            {
                lines.Add($"  QFP {q.Kind} [{q.Speaker}] “{Clip(q.Text)}”");
            }

            foreach (var g in direct)
            {
                var hit = quotes.FirstOrDefault(q => Overlap(g.Content, q.Span) > 0);
                if (hit is null)
                {
                    lines.Add($"  QFN [{Show(text, g.Source)}] {Clip(Show(text, g.Content))}");
                }
                else if (g.Source.Count > 0 && !(hit.SpeakerMention is { } m && Overlap(g.Source, m.Span) > 0))
                {
                    var from = Math.Max(0, Math.Min(hit.Span.Start, g.Source[0].Start) - 60);
                    var to = Math.Min(text.Length, Math.Max(hit.Span.End, g.Source[^1].End) + 60);
                    lines.Add($"  SPK {hit.Kind} gold [{Show(text, g.Source)}] got [{hit.SpeakerMention?.Text}] cue [{hit.Cue?.Text}] ::: {text[from..to].Replace('\n', '/')}");
                }
            }

            Console.Out.WriteLine($"# {name}\n{string.Join('\n', lines)}");
        }

        return score;
    }

    private static string Show(string text, List<(int Start, int End)> spans) =>
        string.Join(" | ", spans.Select(s => text[s.Start..s.End]));

    private static string Clip(string s) => s.Length > 110 ? s[..110] + "…" : s;

    private static int Overlap(List<(int Start, int End)> gold, SourceSpan span)
    {
        var total = 0;
        foreach (var (start, end) in gold)
        {
            total += Math.Max(0, Math.Min(end, span.End) - Math.Max(start, span.Start));
        }

        return total;
    }

    private static List<GoldRelation> ReadGold(string[] lines, string text)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = TextBound().Match(line);
            if (m.Success)
            {
                spans[m.Groups[1].Value] = [.. m.Groups[3].Value.Split(';').Select(p =>
                {
                    var se = p.Trim().Split(' ');
                    return (int.Parse(se[0], CultureInfo.InvariantCulture), int.Parse(se[1], CultureInfo.InvariantCulture));
                })];
            }
        }

        var relations = new List<GoldRelation>();
        foreach (var line in lines.Where(l => l.StartsWith('E')))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            List<(int, int)> content = [], source = [], cue = [];
            foreach (var role in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = role.Split(':');
                if (kv.Length != 2 || !spans.TryGetValue(kv[1], out var s))
                {
                    continue;
                }

                switch (kv[0])
                {
                    case "Content": content = s; break;
                    case "Source": source = s; break;
                    case "Cue": cue = s; break;
                }
            }

            if (content.Count > 0)
            {
                var isDirect = content.Any(c => c.Item2 <= text.Length
                    && (text.AsSpan(c.Item1, c.Item2 - c.Item1).IndexOfAny(QuoteChars) >= 0 || text.AsSpan(c.Item1, c.Item2 - c.Item1).Contains("''", StringComparison.Ordinal)));
                relations.Add(new GoldRelation(content, source, cue) { IsDirect = isDirect });
            }
        }

        return relations;
    }

    private static string DocName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }

    private static string Ratio(int a, int b) => b == 0 ? "  -  " : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static string F1(int tpP, int predicted, int tpR, int gold)
    {
        if (predicted == 0 || gold == 0)
        {
            return "  -  ";
        }

        var p = (double)tpP / predicted;
        var r = (double)tpR / gold;
        return p + r == 0 ? "0.000" : (2 * p * r / (p + r)).ToString("0.000", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(T\d+)\t(\S+) ([\d ;]+)\t?")]
    private static partial Regex TextBound();

    private sealed record GoldRelation(List<(int Start, int End)> Content, List<(int Start, int End)> Source, List<(int Start, int End)> Cue)
    {
        public bool IsDirect { get; init; }
    }

    private sealed class DocScore
    {
        public int Gold { get; set; }

        public int GoldWithSource { get; set; }

        public int Predicted { get; set; }

        public int PredictedWithSource { get; set; }

        public int ContentMatched { get; set; }

        public int SourceExact { get; set; }

        public int SourceOverlap { get; set; }

        public int GoldDirect { get; set; }

        public int GoldDirectFound { get; set; }

        public int PredictedQuotes { get; set; }

        public int QuotesCorrect { get; set; }

        public int SpeakerJudged { get; set; }

        public int SpeakerCorrect { get; set; }

        public DocScore Add(DocScore o) => new()
        {
            Gold = Gold + o.Gold,
            GoldWithSource = GoldWithSource + o.GoldWithSource,
            Predicted = Predicted + o.Predicted,
            PredictedWithSource = PredictedWithSource + o.PredictedWithSource,
            ContentMatched = ContentMatched + o.ContentMatched,
            SourceExact = SourceExact + o.SourceExact,
            SourceOverlap = SourceOverlap + o.SourceOverlap,
            GoldDirect = GoldDirect + o.GoldDirect,
            GoldDirectFound = GoldDirectFound + o.GoldDirectFound,
            PredictedQuotes = PredictedQuotes + o.PredictedQuotes,
            QuotesCorrect = QuotesCorrect + o.QuotesCorrect,
            SpeakerJudged = SpeakerJudged + o.SpeakerJudged,
            SpeakerCorrect = SpeakerCorrect + o.SpeakerCorrect,
        };
    }
}
