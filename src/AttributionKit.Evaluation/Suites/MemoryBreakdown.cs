using System.Globalization;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// What the process's memory consists of at one moment: the collector's heap (live after the last collection, its
/// fragmentation and what it holds committed) against the rest of the resident set (code, the runtime's own data,
/// mapped files), read from <c>/proc/self/status</c> where there is one.
/// </summary>
internal static class MemoryBreakdown
{
    /// <summary>One line describing the memory now, prefixed by <paramref name="when"/>.</summary>
    public static string Describe(string when)
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var status = ProcStatus();
        string Mb(double bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture);
        var generations = string.Join("/", info.GenerationInfo.ToArray().Select(g => Mb(g.SizeAfterBytes)));
        return FormattableString.Invariant(
            $"memory {when}: GC heap {Mb(info.HeapSizeBytes)} MB after the last collection (generations 0/1/2/LOH/POH {generations}), {Mb(info.FragmentedBytes)} fragmented, {Mb(info.TotalCommittedBytes)} committed, {Mb(GC.GetTotalMemory(false))} in use now; resident {Val(status, "VmRSS")} (anonymous {Val(status, "RssAnon")}, files {Val(status, "RssFile")}), peak {Val(status, "VmHWM")}");
    }

    private static string Val(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var v) ? (long.Parse(v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture) + " MB" : "n/a";

    private static Dictionary<string, string> ProcStatus()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return values;
        }

        foreach (var line in File.ReadLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }

        return values;
    }
}
