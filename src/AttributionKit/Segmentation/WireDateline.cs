using System.Text.RegularExpressions;
using AttributionKit.Loading;

namespace AttributionKit.Segmentation;

/// <summary>
/// Finds the wire dateline that opens a news paragraph ("WASHINGTON (AP) — ", "KYIV, Ukraine — ",
/// "LONDON, May 19 (Reuters) - ", "Lakeside, May 19, 2025 — "). It is a sentence of its own: left at the head of the
/// first sentence, it became part of a claim and of the content of "…, officials said".
/// </summary>
internal static partial class WireDateline
{
    /// <summary>The length of the dateline at <paramref name="start"/>, dash and space included, or 0 when there is none.</summary>
    public static int LengthAt(string text, int start, int end)
    {
        var head = text.AsSpan(start, Math.Min(end - start, 100)).ToString();
        if (DocumentDateParser.ParseWireDateline(head) is { } dated)
        {
            return dated.Length;
        }

        var match = CapitalPlace().Match(head);
        if (!match.Success)
        {
            return 0;
        }

        // "NATO — the alliance of 32 — said": a second dash in the sentence makes the first one open an aside, and
        // the capitals before it the subject.
        var sentenceEnd = SentenceSegmenter.FirstEnd(text, start + match.Length, end)?.End ?? end;
        var rest = text.AsSpan(start + match.Length, sentenceEnd - start - match.Length);
        return rest.IndexOfAny('—', '–') < 0 && !rest.Contains(" - ", StringComparison.Ordinal) ? match.Length : 0;
    }

    // A place in capitals ("WASHINGTON", "NEW YORK", "SAN JUAN, Puerto Rico", "LONDON, May 19"), an optional agency in
    // brackets, then a dash set off by spaces. The first word has at least two capitals, so "I — " is no dateline.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’-]*\p{Lu}(?: \p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}(?:, [\p{L}\d.' ]{2,30}?){0,2}(?: \([^()\n]{1,40}\))? ?(?:—|–|--?) ", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPlace();
}
