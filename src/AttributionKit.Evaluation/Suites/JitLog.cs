using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Lists the methods the JIT compiles during the timed run (IL size and name, one a line), for finding the code paths
/// the warm-up misses. On when the environment variable <c>ATTRIBUTIONKIT_EVAL_JIT_LOG</c> names the file to write.
/// </summary>
internal sealed class JitLog : EventListener
{
    // The runtime's provider and its JIT keyword (MethodJittingStarted events).
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long JitKeyword = 0x10;

    private readonly ConcurrentQueue<string> _methods = new();
    private volatile bool _recording;

    /// <summary>The log, started, when the environment asks for one; otherwise <see langword="null"/>.</summary>
    public static JitLog? StartIfAsked() =>
        Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_JIT_LOG") is { Length: > 0 } ? new JitLog { _recording = true } : null;

    /// <summary>Stops recording and writes the methods to the file the environment named.</summary>
    public void StopAndWrite()
    {
        _recording = false;
        File.WriteAllLines(Environment.GetEnvironmentVariable("ATTRIBUTIONKIT_EVAL_JIT_LOG")!, _methods);
        Dispose();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName != "MethodJittingStarted_V1" || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        string Field(string name) => Convert.ToString(payload[names.IndexOf(name)], CultureInfo.InvariantCulture) ?? string.Empty;
        _methods.Enqueue($"{Field("MethodILSize")}\t{Field("MethodNamespace")}::{Field("MethodName")} {Field("MethodSignature")}");
    }
}
