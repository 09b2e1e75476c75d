using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Finds where words were said: an outlet, agency or platform named in the attribution's own words
/// (<c>told TASS</c>, <c>on Truth Social</c>, <c>(TASS)</c>, <c>his X post</c>, <c>wrote on X</c>), read from the outlet gazetteer,
/// or a news outlet the gazetteer does not know that the outlet stage read from a citation pattern (<c>told the Western Courier</c>);
/// failing those, the document or event the cue names (<see cref="OccasionFinder"/>: <c>in a statement</c>, <c>told reporters</c>).
/// </summary>
internal static class VenueFinder
{
    // How far from the cue a venue is looked for, either way.
    private const int Reach = 400;

    /// <summary>
    /// The outlet named in <paramref name="areas"/> closest to <paramref name="anchor"/>, skipping a name that is the
    /// speaker itself (<c>NATO said</c>).
    /// </summary>
    /// <param name="text">The article's main text.</param>
    /// <param name="areas">Where to look: the attribution's words around the cue, never what was said.</param>
    /// <param name="anchor">The cue's start: the nearest name wins.</param>
    /// <param name="speaker">The speaker's words, if any.</param>
    /// <param name="unknownOutlets">Names the gazetteer does not know, read by the outlet stage from a citation pattern.</param>
    public static string? Find(string text, IEnumerable<TextRange> areas, int anchor, TextRange? speaker, IReadOnlyList<CitingMention> unknownOutlets)
    {
        string? best = null;
        var bestDistance = int.MaxValue;

        void Consider(TextRange range, string name)
        {
            var distance = Math.Abs(range.Start - anchor);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = name;
            }
        }

        foreach (var whole in areas)
        {
            // Where words were said is named within a few phrases of the cue ("told TASS", "in an interview with CNN on
            // Sunday"); reading a run-on passage whole for each of its cues would make it quadratic.
            var start = Math.Max(whole.Start, anchor - Reach);
            var area = new TextRange(start, Math.Max(start, Math.Min(whole.End, anchor + Reach)));
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

                Consider(match.Range, match.Entry.Name);
            }

            // Only news, agency and platform names: "told the Harbour Council" names an audience, not where it was published.
            foreach (var mention in unknownOutlets)
            {
                if (area.Contains(mention.Range)
                    && mention.Entry.Kind is OutletKind.News or OutletKind.Agency or OutletKind.Platform
                    && !(speaker is { } s && s.Overlaps(mention.Range)))
                {
                    Consider(mention.Range, mention.Entry.Name);
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        // No outlet: a document or event named by the cue ("said in a statement", "at a rally", "told reporters").
        foreach (var whole in areas)
        {
            if (OccasionFinder.Find(text, whole, anchor) is { } occasion)
            {
                var distance = Math.Abs(occasion.Range.Start - anchor);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (occasion.Name, distance);
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
