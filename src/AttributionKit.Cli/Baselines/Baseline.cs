using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using AttributionKit.Checking;
using AttributionKit.Cli.Commands;
using AttributionKit.Cli.Reporting;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Baselines;

/// <summary>
/// The findings a newsroom has accepted for now (<c>--write-baseline</c>), so that <c>--baseline</c> reports only new
/// ones. Findings are matched by file, rule id and <see cref="FindingFingerprint"/>, counted: a baseline entry hides
/// one finding, so a second identical finding is still new.
/// </summary>
internal sealed class Baseline
{
    private readonly Dictionary<BaselineEntry, int> _counts;

    private Baseline(Dictionary<BaselineEntry, int> counts) => _counts = counts;

    public int Count => _counts.Values.Sum();

    /// <summary>Reads a baseline file written by <see cref="Write"/>.</summary>
    public static Baseline Load(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            using var stream = File.OpenRead(full);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var counts = new Dictionary<BaselineEntry, int>();
            if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"{full}: not a baseline file (no \"findings\" array).");
            }

            foreach (var item in findings.EnumerateArray())
            {
                var entry = new BaselineEntry(
                    item.GetProperty("path").GetString() ?? string.Empty,
                    item.GetProperty("id").GetString() ?? string.Empty,
                    item.GetProperty("fingerprint").GetString() ?? string.Empty);
                counts[entry] = counts.GetValueOrDefault(entry) + 1;
            }

            return new Baseline(counts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{full}: cannot read the baseline: {ex.Message}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UsageException($"{full}: not a valid baseline file: {ex.Message}");
        }
    }

    /// <summary>The outcome with the findings the baseline records taken out. Thread-safe (reads only).</summary>
    public FileOutcome Filter(FileOutcome outcome)
    {
        if (outcome.Result is null || outcome.Findings.IsEmpty)
        {
            return outcome;
        }

        var remaining = new Dictionary<BaselineEntry, int>();
        var fingerprints = FindingFingerprint.Compute(outcome.Findings);
        var kept = ImmutableArray.CreateBuilder<Finding>();
        for (var i = 0; i < outcome.Findings.Length; i++)
        {
            var entry = new BaselineEntry(outcome.RepositoryPath, outcome.Findings[i].RuleId, fingerprints[i]);
            var left = remaining.TryGetValue(entry, out var r) ? r : _counts.GetValueOrDefault(entry);
            if (left > 0)
            {
                remaining[entry] = left - 1;
            }
            else
            {
                kept.Add(outcome.Findings[i]);
            }
        }

        return outcome with { Findings = kept.ToImmutable(), Baselined = outcome.Findings.Length - kept.Count };
    }

    /// <summary>Writes every finding of <paramref name="outcomes"/> (before any baseline filtering) as a baseline.</summary>
    public static void Write(string path, IEnumerable<FileOutcome> outcomes)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var outcome in outcomes.Where(o => o.Result is not null))
        {
            var findings = outcome.Result!.Findings;
            var fingerprints = FindingFingerprint.Compute(findings);
            for (var i = 0; i < findings.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("path", outcome.RepositoryPath);
                json.WriteString("id", findings[i].RuleId);
                json.WriteString("rule", findings[i].RuleName);
                json.WriteString("fingerprint", fingerprints[i]);
                // For people reading the file in review; matching uses only path, id and fingerprint.
                json.WriteString("excerpt", FindingFingerprint.Normalize(findings[i].Excerpt));
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
