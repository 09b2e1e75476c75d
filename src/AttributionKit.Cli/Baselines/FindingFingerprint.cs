using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AttributionKit.Checking;

namespace AttributionKit.Cli.Baselines;

/// <summary>
/// A finding's identity that survives edits elsewhere in the file: a hash of the rule id, the excerpt with its
/// white space collapsed, and how many earlier findings of the same file share both (so two identical findings
/// stay two). Line numbers are deliberately not part of it.
/// </summary>
internal static partial class FindingFingerprint
{
    /// <summary>The fingerprints of one file's findings, in the same order.</summary>
    public static IReadOnlyList<string> Compute(IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var key = findings[i].RuleId + "\n" + Normalize(findings[i].Excerpt);
            var occurrence = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = occurrence;
            result[i] = Hash(key + "\n" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>White space collapsed and trimmed: re-wrapping a paragraph does not change a finding.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    public static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
