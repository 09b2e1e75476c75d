using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>Whole blocks that are page furniture ("- Advertisement -", "Share this"), from <c>Resources/Html/boilerplate-lines.txt</c>.</summary>
internal static class BoilerplateLines
{
    private static readonly FrozenSet<string> Lines = Lexicon.Lines("Html/boilerplate-lines.txt")
        .Select(Normalize)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsBoilerplate(string blockText) =>
        blockText.Length <= 60 && Lines.Contains(Normalize(blockText));

    private static string Normalize(string text) => text.Trim().Trim('-', '–', '—', '|', '·', '•', ':', ' ', '.', '»', '›', '>', '<', '«');
}
