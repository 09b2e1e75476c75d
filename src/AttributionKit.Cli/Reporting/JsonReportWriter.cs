using System.Text.Encodings.Web;
using System.Text.Json;
using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary><c>--format json</c>: one JSON object <c>{"tool", "files": [...]}</c>, written file by file as the batch runs.</summary>
internal sealed class JsonReportWriter(TextWriter writer) : IReportWriter
{
    /// <summary>Readable output: non-ASCII text stays as it is (the writer is UTF-8), HTML-sensitive characters need no escaping in JSON.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _json;

    public void Begin()
    {
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteString("name", ToolInfo.Name);
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteEndObject();
        _json.WriteStartArray("files");
        Flush();
    }

    public void Write(FileOutcome outcome)
    {
        FileReportJson.Write(_json!, outcome);
        Flush();
    }

    public void End(RunSummary summary)
    {
        _json!.WriteEndArray();
        _json.WriteEndObject();
        Flush();
        writer.WriteLine();
        writer.Flush();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _buffer.Dispose();
    }

    private void Flush()
    {
        _json!.Flush();
        writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }
}
