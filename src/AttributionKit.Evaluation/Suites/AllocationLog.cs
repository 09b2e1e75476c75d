using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Counts the runtime's allocation samples (one about every 100 KB allocated) by type during the timed run and writes
/// them, most first (count, type), for finding what fills the garbage collector's work. On when the environment
/// variable <c>ATTRIBUTIONKIT_EVAL_ALLOC_LOG</c> names the file to write.
/// </summary>
internal sealed class AllocationLog : EventListener
{
    // The runtime's provider and its GC keyword (GCAllocationTick events at the verbose level).
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _samplesByType = new(StringComparer.Ordinal);
    private volatile bool _recording;

    /// <summary>The log, started, when the environment asks for one; otherwise <see langword="null"/>.</summary>
    public static AllocationLog? StartIfAsked() =>
        Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_ALLOC_LOG") is { Length: > 0 } ? new AllocationLog { _recording = true } : null;

    /// <summary>Stops recording and writes the counts to the file the environment named.</summary>
    public void StopAndWrite()
    {
        _recording = false;
        File.WriteAllLines(
            Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_ALLOC_LOG")!,
            _samplesByType.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Value}\t{kv.Key}"));
        Dispose();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
            || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names || names.IndexOf("TypeName") < 0)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")]?.ToString() ?? "?";
        _samplesByType.AddOrUpdate(type, 1, static (_, count) => count + 1);
    }
}
