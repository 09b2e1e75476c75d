using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Writes every page's whole result (main text, metadata, dates, quotes, attributions, outlets, claims, findings) as
/// one JSON line per page, sorted by page, for proving that a change (a speed-up) leaves the results identical: diff
/// two dumps. On when the environment variable <c>ATTRIBUTIONKIT_EVAL_DUMP</c> names the file to write; each suite
/// that runs appends its pages under its own name.
/// </summary>
internal static class ResultDump
{
    private static readonly string? Path = Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_DUMP") is { Length: > 0 } p ? p : null;
    private static readonly ConcurrentDictionary<string, string> Pages = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    /// <summary>Whether a dump was asked for.</summary>
    public static bool IsOn => Path is not null;

    /// <summary>Keeps one page's result (thread-safe).</summary>
    public static void Add(string key, AnalysisResult result)
    {
        if (Path is null)
        {
            return;
        }

        var page = new
        {
            result.Article.Text,
            result.Article.Metadata,
            result.ReferenceDate,
            result.Dates,
            result.Quotes,
            result.Attributions,
            result.Outlets,
            result.Claims,
            Findings = result.Findings.Select(f => new { f.Rule.Id, f.Severity, f.Message, f.Excerpt, f.Range, f.Span, f.Related }),
        };
        Pages[key] = JsonSerializer.Serialize(page, Options);
    }

    /// <summary>Appends the kept pages, sorted by key, to the file and forgets them.</summary>
    public static void Flush(string suite)
    {
        if (Path is null)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var key in Pages.Keys.Order(StringComparer.Ordinal))
        {
            text.Append(suite).Append('\t').Append(key).Append('\t').Append(Pages[key]).Append('\n');
        }

        File.AppendAllText(Path, text.ToString());
        Pages.Clear();
    }
}
