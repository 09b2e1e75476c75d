using System.Diagnostics;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// The process's peak working set, reset before each timed run where the system allows it. <c>all</c> runs several suites in
/// one process, and a peak that no run resets is the highest of every suite so far: the peak printed after
/// <c>trafilatura</c> was the one <c>htmldate</c>'s larger pages or the PolNeAR suites had set before it. Linux resets
/// the peak (VmHWM) to the current resident size when "5" is written to <c>/proc/self/clear_refs</c>.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Whether the last <see cref="Reset"/> took effect, so that the peak read after it is the run's own.</summary>
    public static bool ResetForRun { get; private set; }

    /// <summary>Resets the peak working set to the current one, where the system allows it.</summary>
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            ResetForRun = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Another system, or a kernel without the file: the peak stays the process's since it started.
            ResetForRun = false;
        }
    }

    /// <summary>The peak working set in MB, since the last successful <see cref="Reset"/> or since the process started.</summary>
    public static double Mb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024);
    }
}
