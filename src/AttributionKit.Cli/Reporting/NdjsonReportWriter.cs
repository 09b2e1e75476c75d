using System.Text.Json;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>
/// <c>--format ndjson</c>: one file report (the same object as an entry of the JSON report's <c>files</c>) per line,
/// written and flushed as each file's turn comes, for pipelines (<c>jq</c>, Spark <c>pipe()</c>, Hadoop Streaming).
/// </summary>
internal sealed class NdjsonReportWriter(TextWriter writer) : IReportWriter
{
    private static readonly JsonWriterOptions Options = JsonReportWriter.Options with { Indented = false };

    private readonly MemoryStream _buffer = new();

    public void Begin()
    {
    }

    public void Write(FileOutcome outcome)
    {
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            FileReportJson.Write(json, outcome);
        }

        // The relaxed encoder leaves U+2028/U+2029 alone; they are JSON-legal but some line readers split on them.
        var line = System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        writer.Write(line.Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal));
        writer.Write('\n');
        writer.Flush();
    }

    public void End(RunSummary summary) => writer.Flush();

    public void Dispose() => _buffer.Dispose();
}
