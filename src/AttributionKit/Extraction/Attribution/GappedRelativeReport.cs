using System.Buffers;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where an attribution's content ends because it closes with a relative clause that reports a claim about its noun:
/// "Nora Vale praised the mayor for cutting fees - moves that she said improved the harbour's finances", "Holt cited
/// the Pier Group, a firm officials say is tied to the mayor". The inner cue's clause lacks its subject (the relative
/// noun is it: "moves … improved"), so its content opens with a verb. PolNeAR annotates the inner cue as a relation of
/// its own ("she said" → "that … improved the harbour's finances") and ends the outer content before the comma or dash
/// that sets the phrase off ("the mayor for cutting fees"); kept inside, the inner relation was lost.
/// </summary>
internal static class GappedRelativeReport
{
    // Quote marks, brackets and clause marks: the noun's phrase holds none of them.
    private static readonly SearchValues<char> PhraseBreakers = SearchValues.Create("\"“”;:()");

    /// <summary>
    /// Where <paramref name="outer"/>'s content ends when <paramref name="inner"/> reports such a relative clause closing
    /// it; null when it does not, or when no comma or dash sets the phrase off.
    /// </summary>
    public static int? OuterEnd(string text, AttributionDraft outer, AttributionDraft inner)
    {
        if (inner.Cue is not { } cue || inner.Source is not { } source || outer.Cue is not { } outerCue || outerCue.End > outer.Content.Start
            || source.Start <= outer.Content.Start || source.End > cue.Start || inner.Content.Start < cue.End
            || !CueFinder.IsSpaceOnly(text, cue.End, inner.Content.Start) || !ClosesContent(text, inner.Content, outer.Content))
        {
            return null;
        }

        // A clause already set off as one of its own ("…, which Reed said was late") keeps the outer content whole.
        if (EmbeddedClause.StandsApart(text, inner, outer.Content))
        {
            return null;
        }

        // The inner content opens with the verb whose subject the relative noun is: "said improved", "say is tied".
        var first = WordTokenizer.Tokenize(text, inner.Content.Start, Math.Min(inner.Content.End, inner.Content.Start + 40));
        if (first.Count < 2 || first[0].InQuote || !(CueVerbForm.Of(first[0]) is VerbForm.Past or VerbForm.PresentThirdPerson
            || AttributionLexicon.AuxiliaryVerbs.Contains(first[0].Lower)))
        {
            return null;
        }

        // The comma or dash that sets the noun's phrase off from what the outer cue reports: "… fees - moves that …".
        var before = text.AsSpan(outer.Content.Start, source.Start - outer.Content.Start);
        // A comma inside a figure ("250,000") sets nothing off.
        var mark = before.LastIndexOfAny(",—–");
        while (mark >= 0 && before[mark] == ',' && mark + 1 < before.Length && !char.IsWhiteSpace(before[mark + 1]))
        {
            mark = before[..mark].LastIndexOfAny(",—–");
        }

        var hyphen = before.LastIndexOf(" -", StringComparison.Ordinal);
        mark = Math.Max(mark, hyphen);
        if (mark < 0 || before[(mark + 1)..].IndexOfAny(PhraseBreakers) >= 0)
        {
            return null;
        }

        var kept = text.AsSpan(outer.Content.Start, mark).TrimEnd().TrimEnd(",—–-").TrimEnd();
        if (kept.IsEmpty || !kept.ContainsAnyInRange('a', 'z'))
        {
            return null;
        }

        return outer.Content.Start + kept.Length;
    }

    // Whether the inner content runs to the end of the outer one, but for closing punctuation.
    private static bool ClosesContent(string text, TextRange inner, TextRange outer) =>
        inner.End <= outer.End && text.AsSpan(inner.End, outer.End - inner.End).Trim().TrimStart(".,;\"”’'").IsEmpty;
}
