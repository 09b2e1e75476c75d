using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>Whole blocks that are page furniture ("- Advertisement -", "Share this"), from <c>Resources/Html/boilerplate-lines.txt</c>.</summary>
internal static class BoilerplateLines
{
    private static readonly FrozenSet<string> Lines = Lexicon.Lines("Html/boilerplate-lines.txt")
        .Where(l => !l.EndsWith('*'))
        .Select(Normalize)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Prefixes = Lexicon.Lines("Html/boilerplate-lines.txt")
        .Where(l => l.EndsWith('*'))
        .Select(l => l.TrimEnd('*'))
        .ToArray();

    /// <summary>"… Foto: Andina", "Image: WSig": a credit label and a short name closing a short block.</summary>
    private static readonly System.Text.RegularExpressions.Regex CreditLine = new(
        @"(?:^|[.!?)\s])(?:" + string.Join('|', Lexicon.Lines("Html/credit-labels.txt").Select(System.Text.RegularExpressions.Regex.Escape)) + @")\s*:\s*[^.!?:]{1,60}$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    public static bool IsBoilerplate(string blockText)
    {
        if (blockText.Length <= 220 && CreditLine.IsMatch(blockText))
        {
            return true;
        }

        if (blockText.Length <= 60 && Lines.Contains(Normalize(blockText)))
        {
            return true;
        }

        var start = blockText.AsSpan().TrimStart(" -–—»›>•*¡¿".AsSpan());
        if (blockText.Length <= 600 && start.StartsWith("©", StringComparison.Ordinal))
        {
            // A copyright notice runs on with reprint terms and contact lines, but stays a notice.
            return true;
        }

        if (blockText.Length <= 250)
        {
            foreach (var prefix in Prefixes)
            {
                if (start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Normalize(string text) => text.Trim().Trim('-', '–', '—', '|', '·', '•', ':', ' ', '.', '»', '›', '>', '<', '«');
}
