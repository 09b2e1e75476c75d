using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>Whole blocks that are page furniture ("- Advertisement -", "Share this"), from <c>Resources/Html/boilerplate-lines.txt</c>.</summary>
internal static partial class BoilerplateLines
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

    /// <summary>"Beitragsbild: Titelseite der FAZ", "Photo: Jane Doe": a short block that opens with a credit label.</summary>
    private static readonly System.Text.RegularExpressions.Regex CreditOpening = new(
        @"^\W*(?:" + string.Join('|', Lexicon.Lines("Html/credit-labels.txt").Select(System.Text.RegularExpressions.Regex.Escape)) + @")\s*:\s*\S",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Labels that close a teaser for another page, from <c>Resources/Html/teaser-endings.txt</c>.</summary>
    private static readonly string[] TeaserEndings = Lexicon.Lines("Html/teaser-endings.txt").ToArray();

    public static bool IsBoilerplate(string blockText)
    {
        if ((blockText.Length <= 220 && CreditLine.IsMatch(blockText)) || (blockText.Length <= 100 && CreditOpening.IsMatch(blockText)))
        {
            return true;
        }

        // "Lawn in the snow – what owners must know© Jane Doe/pictures.example": a caption closed by its credit.
        if (blockText.Length <= 200 && CopyrightTail().IsMatch(blockText))
        {
            return true;
        }

        if (blockText.Length <= 500 && EndsWithTeaserLabel(blockText))
        {
            return true;
        }

        // "Impressum | | Copyright Jane Doe | Site by Example": a footer row whose parts are furniture.
        if (blockText.Length <= 250 && blockText.Contains('|', StringComparison.Ordinal))
        {
            foreach (var part in blockText.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // In such a row "Copyright Jane Doe" is the © notice spelled out.
                if (part.Length > 0 && part.Length < blockText.Trim().Length
                    && (IsBoilerplate(part) || part.StartsWith("copyright ", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
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

    private static bool EndsWithTeaserLabel(string blockText)
    {
        var end = blockText.AsSpan().TrimEnd(" \t\r\n…»›>→)]|".AsSpan());
        foreach (var label in TeaserEndings)
        {
            // The label stands after the teaser's own sentences ("… See for yourself! Read more"), not inside one
            // ("people should read more."); a lone "Read more" is a whole line of its own.
            if (end.Length > label.Length + 20 && end.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var before = end[..^label.Length].TrimEnd(" \t\r\n[(«‹".AsSpan());
                if (before.Length > 0 && before[^1] is '.' or '!' or '?' or '…' or ':' or '"' or '”' or '“' or '»' or ')' or '-' or '–' or '—')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A time stamp row ("24. März 2004, 19:49 | Genesis", "asked Feb 6, 2014 at 20:37"): a short block that is a
    /// date or time with at most two other words. The date is read from the page separately; as text it is noise.
    /// </summary>
    public static bool IsDateLine(string blockText)
    {
        if (blockText.Length > 60 || !DateOrTime().IsMatch(blockText))
        {
            return false;
        }

        var rest = DateOrTime().Replace(blockText, " ");
        var words = 0;
        foreach (var word in rest.Split([' ', '|', '-', '–', '—', ',', '·', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsLetter) && ++words > 2)
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}:\d{2}(?:\s?(?:am|pm|uhr|h|hs))?\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|ene|abr|ago|dic|janv|févr|avr|juil|déc)[\p{L}]*\.?,?\s+(?:de\s+)?\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateOrTime();

    [System.Text.RegularExpressions.GeneratedRegex(@"©\s*[^.!?©\s](?:(?![.!?]\s)[^©!?]){0,48}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CopyrightTail();

    private static string Normalize(string text) => text.Trim().Trim('-', '–', '—', '|', '·', '•', ':', ' ', '.', '»', '›', '>', '<', '«');
}
