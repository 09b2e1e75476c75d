using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds where words were said: an outlet, agency or platform named in the attribution's own words
/// (<c>told TASS</c>, <c>on Truth Social</c>, <c>(TASS)</c>, <c>his X post</c>, <c>wrote on X</c>), read from the outlet gazetteer.
/// </summary>
internal static class VenueFinder
{
    /// <summary>
    /// The outlet named in <paramref name="areas"/> closest to <paramref name="anchor"/>, skipping a name that is the
    /// speaker itself (<c>NATO said</c>).
    /// </summary>
    public static string? Find(string text, IEnumerable<TextRange> areas, int anchor, TextRange? speaker)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var area in areas)
        {
            if (area.IsEmpty)
            {
                continue;
            }

            foreach (var match in OutletGazetteer.Default.FindAll(text, area.Start, area.End))
            {
                if (speaker is { } s && s.Contains(match.Range) && IsWholeSpeaker(text, s, match.Range))
                {
                    continue;
                }

                var inParens = match.Range.Start > 0 && text[match.Range.Start - 1] == '(';
                var kind = match.Entry.Kind;
                if (kind is not (OutletKind.News or OutletKind.Agency or OutletKind.Platform) && !inParens)
                {
                    continue;
                }

                var distance = Math.Abs(match.Range.Start - anchor);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = match.Entry.Name;
                }
            }
        }

        return best;
    }

    private static bool IsWholeSpeaker(string text, TextRange speaker, TextRange match)
    {
        var before = text[speaker.Start..match.Start].Trim();
        var after = text[match.End..speaker.End].Trim().TrimEnd(',');
        return (before.Length == 0 || before.Equals("the", StringComparison.OrdinalIgnoreCase)) && after.Length == 0;
    }
}
