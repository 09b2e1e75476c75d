using System.Collections.Frozen;
using System.Globalization;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Loading;
using AttributionKit.Segmentation;
using AttributionKit.Text;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Scores the cited-outlet detection and the vague-attribution rule against PolNeAR's gold Source spans (train and
/// dev; one annotator per document, the first file by name).
/// <list type="bullet">
/// <item>Outlets. A gold Source is an organisation or outlet when the gazetteer finds a name in it (exactly or
/// fuzzily), or it holds a word that names a kind of body (<c>Outlets/outlet-kind-cues.tsv</c>: Times, Ministry,
/// Campaign...) next to a capitalised word ("the Clinton campaign"), or it is a lone acronym ("FBI"). Everything
/// else (people, pronouns, "officials") is not. Recall: organisation sources that a cited-outlet mention overlaps.
/// Precision: cited-outlet mentions that overlap any gold Source (a cited outlet is right to be a source even when
/// the gold names it through a person).</item>
/// <item>Vague sources. A gold Source is "sources said"-style when its last word is a vague head
/// (<c>Lexicons/vague-source-heads.txt</c>: source, officials, analysts...) or it holds "familiar with" or "close to".
/// Recall: such sources a vague-attribution finding overlaps. Precision: findings that overlap any gold Source.</item>
/// </list>
/// </summary>
internal sealed class PolnearSourcesSuite : IEvaluationSuite
{
    private static readonly FrozenSet<string> VagueHeads = Lexicon.Lines("Lexicons/vague-source-heads.txt")
        .Where(h => !h.Contains(' ', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Cues that cite an outlet as the venue where someone else spoke ("told CNN", "on Twitter", "a CNN interview"):
    // PolNeAR's Source is then the speaker, so these are scored apart.
    private static readonly FrozenSet<string> VenueCues = new[]
    {
        "told", "on", "said on", "speaking to", "in an interview with", "in a statement to", "in comments to", "said to", "via",
        "in a post on", "in a video on", "wrote on", "posted on", "writing on", "posting on", "in a statement on",
        "interview", "post", "posts", "page", "account", "feed", "channel", "tweet", "tweets", "video", "broadcast", "podcast", "website",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Name => "polnear-sources";

    public string Description => "cited outlets vs PolNeAR organisation sources; vague-attribution vs 'sources said' sources";

    public int Run(EvaluationContext context)
    {
        var root = context.Dataset("polnear");
        if (!Directory.Exists(root))
        {
            context.Out.WriteLine($"PolNeAR not found at {root}.");
            return 2;
        }

        var documents = new List<(string Text, string Annotations, string Name)>();
        foreach (var split in new[] { "train", "dev" })
        {
            var textDir = Path.Combine(root, split, "text");
            var annDir = Path.Combine(root, split, "attributions");
            if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            {
                continue;
            }

            var annotations = Directory.GetFiles(annDir, "*.ann").OrderBy(f => f, StringComparer.Ordinal).ToList();
            foreach (var textFile in Directory.GetFiles(textDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                var doc = Path.GetFileNameWithoutExtension(textFile);
                var ann = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(doc + "_", StringComparison.Ordinal));
                if (ann is not null)
                {
                    documents.Add((textFile, ann, $"{split}/{doc}"));
                }
            }
        }

        if (documents.Count == 0)
        {
            context.Out.WriteLine($"No PolNeAR documents under {root}.");
            return 2;
        }

        if (context.Limit is { } limit)
        {
            documents = documents.Take(limit).ToList();
        }

        var gazetteer = OutletGazetteer.Default;
        int orgGold = 0, orgFound = 0, predicted = 0, predictedRight = 0, predictedOnOrg = 0;
        int sourceRole = 0, sourceRoleRight = 0, uncited = 0, claims = 0;
        int vagueGold = 0, vagueFound = 0, findings = 0, findingsRight = 0, failed = 0;
        foreach (var (textFile, annFile, name) in documents)
        {
            var text = File.ReadAllText(textFile);
            var gold = PolnearSourceGold.Read(annFile, text);
            AnalysisResult result;
            try
            {
                result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, AnalyzeOptions.Default);
            }
            catch (ArticleLoadException)
            {
                failed++;
                continue;
            }

            ResultDump.Add(name, result);
            var mentions = result.Outlets.SelectMany(o => o.Mentions).Select(m => (m.Span.Start, m.Span.End, m.Text)).ToList();

            // The same extraction again through the internal stages, for what made each mention a citation.
            var article = ArticleLoader.LoadText(text, null, ArticleFormat.Text, ArticleLoader.Today(AnalyzeOptions.Default.Clock));
            var roles = OutletExtractor.Extract(SentenceSegmenter.Segment(article), AnalyzeOptions.Default).Mentions
                .Where(c => !VenueCues.Contains(c.How))
                .Select(c => article.GetSourceSpan(c.Range))
                .ToList();
            sourceRole += roles.Count;
            sourceRoleRight += roles.Count(r => gold.Any(g => g.Overlaps(r.Start, r.End)));
            var vague = result.Findings.Where(f => f.RuleName == "vague-attribution").Select(f => (f.Span.Start, f.Span.End, f.Excerpt)).ToList();
            var orgs = gold.Where(g => IsOrganisation(g.Text, gazetteer)).ToList();
            var vagues = gold.Where(g => IsVague(g.Text)).ToList();

            orgGold += orgs.Count;
            orgFound += orgs.Count(g => mentions.Any(m => g.Overlaps(m.Start, m.End)));
            predicted += mentions.Count;
            predictedRight += mentions.Count(m => gold.Any(g => g.Overlaps(m.Start, m.End)));
            predictedOnOrg += mentions.Count(m => orgs.Any(g => g.Overlaps(m.Start, m.End)));
            vagueGold += vagues.Count;
            vagueFound += vagues.Count(g => vague.Any(v => g.Overlaps(v.Start, v.End)));
            findings += vague.Count;
            uncited += result.Findings.Count(f => f.RuleName == "uncited-claim");
            claims += result.Claims.Length;
            findingsRight += vague.Count(v => gold.Any(g => g.Overlaps(v.Start, v.End)));

            if (context.Verbose)
            {
                foreach (var g in orgs.Where(g => !mentions.Any(m => g.Overlaps(m.Start, m.End))))
                {
                    context.Out.WriteLine($"{name}\tmissed-org\t{g.Text}");
                }

                foreach (var m in mentions.Where(m => !gold.Any(g => g.Overlaps(m.Start, m.End))))
                {
                    context.Out.WriteLine($"{name}\textra-outlet\t{m.Text}\t{Context(text, m.Start, m.End)}");
                }

                foreach (var g in vagues.Where(g => !vague.Any(v => g.Overlaps(v.Start, v.End))))
                {
                    context.Out.WriteLine($"{name}\tmissed-vague\t{g.Text}\t{Context(text, g.Start, g.End)}");
                }

                foreach (var f in result.Findings.Where(f => f.RuleName == "uncited-claim"))
                {
                    context.Out.WriteLine($"{name}\tuncited\t{f.Excerpt.Replace('\n', ' ')}");
                }

                foreach (var v in vague.Where(v => !gold.Any(g => g.Overlaps(v.Start, v.End))))
                {
                    context.Out.WriteLine($"{name}\textra-vague\t{v.Excerpt}\t{Context(text, v.Start, v.End)}");
                }
            }
        }

        var o = context.Out;
        ResultDump.Flush("polnear-sources");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {documents.Count - failed} (failed to load: {failed})"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outlets: gold organisation/outlet sources {orgGold}, found {orgFound}: recall {Ratio(orgFound, orgGold)}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outlets: cited-outlet mentions {predicted}, on a gold source {predictedRight}: precision {Ratio(predictedRight, predicted)} (on an organisation source: {Ratio(predictedOnOrg, predicted)})"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outlets: of them cited as the source (not as the venue: told, on, interview...) {sourceRole}, on a gold source {sourceRoleRight}: precision {Ratio(sourceRoleRight, sourceRole)}"));
        var p = predicted == 0 ? 0 : (double)predictedRight / predicted;
        var r = orgGold == 0 ? 0 : (double)orgFound / orgGold;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outlets: F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):0.000}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vague-attribution: gold 'sources said'-style sources {vagueGold}, caught {vagueFound}: recall {Ratio(vagueFound, vagueGold)}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vague-attribution: findings {findings}, on a gold source {findingsRight}: precision {Ratio(findingsRight, findings)}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims: {claims} ({(double)claims / Math.Max(1, documents.Count - failed):0.0} per article); uncited-claim findings: {uncited} ({(double)uncited / Math.Max(1, documents.Count - failed):0.00} per article, {Ratio(uncited, claims)} of claims)"));
        return 0;
    }

    /// <summary>Whether a gold source's words name an organisation or outlet rather than a person (see the class remarks).</summary>
    internal static bool IsOrganisation(string text, OutletGazetteer gazetteer)
    {
        var trimmed = text.Trim().TrimEnd(',', '.', ':', ';');
        if (trimmed.EndsWith("’s", StringComparison.Ordinal) || trimmed.EndsWith("'s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        // The name must be the head: "the White House" is an organisation, "White House press secretary Josh
        // Earnest" a person.
        // "Brian Fallon, a spokesman for the Clinton campaign": an apposition names a person.
        if (trimmed.Contains(", ", StringComparison.Ordinal))
        {
            return false;
        }

        var matches = gazetteer.FindAll(trimmed, 0, trimmed.Length);
        if (matches.Count > 0 && matches[^1].Range.End == trimmed.Length && !AfterPersonName(trimmed, matches[^1].Range.Start))
        {
            return true;
        }

        var words = trimmed.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '"', '“', '”')).Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var stripped = string.Join(' ', words.SkipWhile(w => w is "the" or "The" or "a" or "A"));
        if (stripped.Length >= 5 && char.IsUpper(stripped[0]) && gazetteer.LookupFuzzy(stripped) is not null)
        {
            return true;
        }

        var head = words[^1];
        var capitalised = words.Any(w => char.IsUpper(w[0]) && w is not ("The" or "A" or "An" or "His" or "Her" or "Their"));
        return (capitalised && OutletKindGuesser.IsKindWord(head)) || (words.Count == 1 && head.Length <= 4 && OutletKindGuesser.IsAcronym(head));
    }

    // "Michael Bloomberg": a capitalised word other than an abbreviation ("U.S.") right before the name makes it a person's.
    private static bool AfterPersonName(string text, int nameStart)
    {
        var before = text[..nameStart].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]) && !word.Contains('.', StringComparison.Ordinal) && !OutletKindGuesser.IsAcronym(word) && word is not ("The" or "A");
    }

    /// <summary>Whether a gold source is an unnamed "sources said"-style one (see the class remarks).</summary>
    internal static bool IsVague(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("familiar with", StringComparison.Ordinal) || lower.Contains("close to", StringComparison.Ordinal))
        {
            return true;
        }

        var words = lower.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && VagueHeads.Contains(words[^1].Trim(',', '.', '’', '\''));
    }

    private static string Ratio(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{(whole == 0 ? 0 : (double)part / whole):0.000} ({part}/{whole})");

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(text.Length, end + 40);
        return text[from..to].Replace('\n', ' ');
    }
}
