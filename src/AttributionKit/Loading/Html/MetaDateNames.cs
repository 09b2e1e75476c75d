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

    public static bool TryGet(string name, out DocumentDateRole role, out int rank)
    {
        if (Names.TryGetValue(name.Trim(), out var entry))
        {
            (role, rank) = entry;
            return true;
        }

        role = DocumentDateRole.Unspecified;
        rank = 0;
        return false;
    }
}
