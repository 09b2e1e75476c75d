using AttributionKit.Extraction.Outlets;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Reads the short line that credits a pull quote or block quote: <c>— Dmitry Peskov, Kremlin Spokesman (TASS)</c>,
/// <c>President Zelenskyy on X</c>, <c>— U.S. Defense Secretary Pete Hegseth</c>, a <c>&lt;cite&gt;</c>.
/// </summary>
internal static class AttributionLineParser
{
    private const int MaxWords = 16;

    /// <summary>The line <c>text[range]</c> taken apart, or <see langword="null"/> when it does not read as a credit line.</summary>
    // The possessor after "that was" or "this is" opening the line ("that was the mayor's promise" gives "the mayor's"),
    // or null.
    private static TextRange? DemonstrativePossessor(List<WordToken> words)
    {
        if (words.Count < 4 || words[0].Lower is not ("that" or "this") || words[1].Lower is not ("was" or "is"))
        {
            return null;
        }

        for (var k = 2; k < words.Count - 1; k++)
        {
            // "that was what’s left": a contraction of a pronoun or a clause word is no possessor.
            if (words[k].IsPossessive)
            {
                var stem = words[k].Text[..^2];
                return AttributionLexicon.SentenceStarters.Contains(stem) || AttributionLexicon.Pronouns.Contains(stem)
                    ? null
                    : new TextRange(words[2].Start, words[k].End);
            }
        }

        return null;
    }

    public static AttributionLine? Parse(string text, TextRange range)
    {
        var s = range.Start;
        var e = range.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        TextRange? cue = null;
        if (s < e && IsDash(text[s]))
        {
            cue = new TextRange(s, s + 1);
            s++;
            while (s < e && (char.IsWhiteSpace(text[s]) || IsDash(text[s])))
            {
                s++;
            }
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '.'))
        {
            e--;
        }

        var words = WordTokenizer.Tokenize(text, s, e);
        // "“We will not sell the pier” — that was Holt's promise": a line that names the words as someone's through "that
        // was" credits them to the possessor, not to the clause.
        if (DemonstrativePossessor(words) is { } possessor)
        {
            return new AttributionLine(possessor, cue, null);
        }

        if (words.Count == 0 || words.Count > MaxWords || !words.Any(w => w.IsCapitalized))
        {
            return null;
        }

        var cut = e;
        string? venue = null;
        foreach (var match in OutletGazetteer.Default.FindAll(text, s, e))
        {
            var lead = text[s..match.Range.Start].TrimEnd();
            if (lead.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("(the", StringComparison.OrdinalIgnoreCase)
                || lead.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                lead = lead[..^3].TrimEnd();
            }

            var leadEnd = s + lead.Length;
            if (lead.EndsWith('(') || lead.EndsWith(','))
            {
                venue = match.Entry.Name;
                cut = leadEnd - 1;
                continue;
            }

            var space = lead.LastIndexOf(' ');
            var lastWord = space < 0 ? lead : lead[(space + 1)..];
            if (lastWord is "on" or "via" or "in" or "to" or "for" or "at" or "from" or "told")
            {
                venue = match.Entry.Name;
                cut = s + (space < 0 ? 0 : space);
            }
        }

        // A bracketed aside that names no outlet ("(R-SC)") is not part of the name either.
        if (venue is null && text[s..e].LastIndexOf('(') is var paren && paren > 0)
        {
            cut = s + paren;
        }

        while (cut > s && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] == ','))
        {
            cut--;
        }

        return cut > s ? new AttributionLine(new TextRange(s, cut), cue, venue) : null;
    }

    /// <summary>Whether <paramref name="c"/> is a dash that can open a credit line.</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '―' or '-' or '~' or '‒';
}
