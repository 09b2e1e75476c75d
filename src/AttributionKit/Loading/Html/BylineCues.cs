using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>Words that introduce a page's own date in a byline ("Veröffentlicht am", "Publié le"), from <c>Resources/Html/byline-cues.txt</c>.</summary>
internal static class BylineCues
{
    // Longest first, so "last updated" wins over "updated" and "veröffentlicht am" over "veröffentlicht".
    private static readonly (string Cue, DocumentDateRole Role)[] Cues = Lexicon.Lines("Html/byline-cues.txt")
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length == 2)
        .Select(parts => (parts[1].Trim(), parts[0].Trim() == "modified" ? DocumentDateRole.Modified : DocumentDateRole.Published))
        .OrderByDescending(c => c.Item1.Length)
        .ToArray();

    /// <summary>The role announced by the last cue in <paramref name="before"/> (the text just before a date), if any.</summary>
    public static DocumentDateRole? Find(ReadOnlySpan<char> before)
    {
        var tail = before.Length > 60 ? before[^60..] : before;
        var best = -1;
        DocumentDateRole? role = null;
        foreach (var (cue, cueRole) in Cues)
        {
            var at = tail.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at > best && (at == 0 || !char.IsLetter(tail[at - 1])))
            {
                best = at;
                role = cueRole;
            }
        }

        return role;
    }

    /// <summary>
    /// The role of a label that is a cue and nothing else ("Datum", "Published:", "Veröffentlicht am"), the text
    /// of the element before a date; a longer label ("Effective Date", "Date of birth") names some other date.
    /// </summary>
    public static DocumentDateRole? FindLabel(ReadOnlySpan<char> label)
    {
        var trimmed = label.Trim().TrimEnd(":：-–|").Trim();
        foreach (var (cue, cueRole) in Cues)
        {
            if (trimmed.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return cueRole;
            }
        }

        return null;
    }
}
