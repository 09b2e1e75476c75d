using System.Collections.Frozen;
using System.Globalization;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>The <c>&lt;meta&gt;</c> names that date a page, with role and rank, from <c>Resources/Html/date-meta-names.txt</c>.</summary>
internal static class MetaDateNames
{
    private static readonly FrozenDictionary<string, (DocumentDateRole Role, int Rank)> Names = Lexicon.Lines("Html/date-meta-names.txt")
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length == 3)
        .ToFrozenDictionary(
            parts => parts[0].Trim(),
            parts => (parts[1].Trim() switch
            {
                "published" => DocumentDateRole.Published,
                "modified" => DocumentDateRole.Modified,
                _ => DocumentDateRole.Unspecified,
            }, int.Parse(parts[2], CultureInfo.InvariantCulture)),
            StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PublishedSuffixes = new[]
    {
        "uploaded", "upload_date", "uploaddate", "published", "published_at", "publish_date", "publishdate", "published_time", "pubdate", "date_published", "created", "created_at",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, out DocumentDateRole role, out int rank)
    {
        if (Names.TryGetValue(name.Trim(), out var entry))
        {
            (role, rank) = entry;
            return true;
        }

        // "five_hundred_pixels:uploaded", "sitename:publish_date": a site's own namespace before a known last part.
        var last = name.AsSpan().Trim();
        last = last[(last.LastIndexOfAny(':', '.') + 1)..];
        if (last.Length < name.Trim().Length && PublishedSuffixes.Contains(last.ToString()))
        {
            role = DocumentDateRole.Published;
            rank = 3;
            return true;
        }

        role = DocumentDateRole.Unspecified;
        rank = 0;
        return false;
    }
}
