using System.Text.Encodings.Web;
using System.Text.Json;
using AttributionKit.Checking;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule that may report is
/// described in <c>tool.driver.rules</c>; results point at the original file relative to the repository root
/// (<c>%SRCROOT%</c>) with 1-based lines and columns (end column exclusive, UTF-16 code units) and carry a
/// <c>primaryLocationLineHash</c> that stays the same across runs while the line's text does. Files that could not
/// be checked are <c>toolExecutionNotifications</c> of the invocation. Written at the end: SARIF is one document.
/// </summary>
internal sealed class SarifReportWriter(TextWriter writer, ReportContext context) : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/attributionkit/attributionkit";
    public const string RootBaseId = "%SRCROOT%";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<FileOutcome> _outcomes = [];

    public void Begin()
    {
    }

    public void Write(FileOutcome outcome) => _outcomes.Add(outcome);

    public void End(RunSummary summary)
    {
        var rules = context.Rules.ToList();
        foreach (var finding in _outcomes.SelectMany(o => o.Findings))
        {
            if (!rules.Any(r => r.Id == finding.RuleId))
            {
                rules.Add(finding.Rule);
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBaseId);
            json.WriteString("uri", RootUri(context.RepositoryRoot));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var outcome in _outcomes.Where(o => o.Result is not null))
            {
                WriteResults(json, outcome, rules);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Flush();
    }

    public void Dispose()
    {
    }

    /// <summary>SARIF's level for a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// GitHub-style line hash: the rule and the line's text with white space collapsed, hashed, then <c>:n</c> where
    /// n counts results of the same file with the same hash (1-based), so identical lines stay distinct.
    /// </summary>
    public static string LineHash(string ruleId, string lineText) =>
        Baselines.FindingFingerprint.Hash(ruleId + "\n" + Baselines.FindingFingerprint.Normalize(lineText));

    /// <summary>An artifact URI for a repository path: relative segments escaped, or an absolute file URI.</summary>
    public static (string Uri, bool Relative) ArtifactUri(string repositoryPath)
    {
        if (Path.IsPathRooted(repositoryPath))
        {
            return (new Uri(repositoryPath).AbsoluteUri, false);
        }

        return (string.Join('/', repositoryPath.Split('/').Select(Uri.EscapeDataString)), true);
    }

    private static string RootUri(string root)
    {
        var uri = new Uri(Path.GetFullPath(root)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", rule.HelpText);
            json.WriteString("markdown", $"**{rule.Title}** (`{rule.Id}` `{rule.Name}`)\n\n{rule.Description}\n\n{rule.HelpText}"
                + (rule.HelpUri is null ? string.Empty : $"\n\n[Documentation]({rule.HelpUri})"));
            json.WriteEndObject();
            if (rule.HelpUri is not null)
            {
                json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json)
    {
        var failed = _outcomes.Where(o => o.Result is null).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", failed.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var outcome in failed)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteMessage(json, "message", $"{outcome.DisplayPath}: {outcome.Error}");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, outcome.RepositoryPath);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, FileOutcome outcome, List<RuleDescriptor> rules)
    {
        var article = outcome.Result!.Article;
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in outcome.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == finding.RuleId));
            json.WriteString("level", Level(finding.Severity));
            WriteMessage(json, "message", finding.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, outcome.RepositoryPath, article, finding.Span);
            json.WriteEndObject();
            json.WriteEndArray();

            if (!finding.Related.IsEmpty)
            {
                json.WriteStartArray("relatedLocations");
                var id = 1;
                foreach (var related in finding.Related)
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", id++);
                    WritePhysicalLocation(json, outcome.RepositoryPath, article, related.Span);
                    WriteMessage(json, "message", related.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            var hash = LineHash(finding.RuleId, article.GetSourceLine(Math.Clamp(finding.Span.Line, 1, Math.Max(1, article.SourceLineCount))));
            var occurrence = occurrences[hash] = occurrences.GetValueOrDefault(hash) + 1;
            json.WriteStartObject("partialFingerprints");
            json.WriteString("primaryLocationLineHash", $"{hash}:{occurrence}");
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, Model.Article article, SourceSpan span)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, span.Line));
        json.WriteNumber("startColumn", Math.Max(1, span.Column));
        json.WriteNumber("endLine", Math.Max(span.Line, span.EndLine));
        json.WriteNumber("endColumn", Math.Max(1, span.EndColumn));
        if (span.Length > 0 && span.End <= article.Source.Length)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", article.Source.AsSpan(span.Start, span.Length));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        var (uri, relative) = ArtifactUri(path);
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", RootBaseId);
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
