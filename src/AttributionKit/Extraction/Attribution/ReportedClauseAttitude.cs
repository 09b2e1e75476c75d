using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A verb of wish, hope, expectation or intention joined by "and" or "but", without a comma, to the clause a verb of
/// saying reports goes on with that clause: "Holt said she was tired of the delays and wanted a new ferry" reports
/// both, and PolNeAR annotates one relation whose content runs to the end. The second verb is no cue of its own there,
/// so the first content is not cut before it (<see cref="ContentBoundary"/>, <see cref="SubjectReportsAgain"/>) and the nested
/// filter drops it. Verbs of saying after "and" ("and insisted that …") still report on their own. The verbs are data:
/// <c>reported-clause-attitude-verbs.txt</c>.
/// </summary>
internal static class ReportedClauseAttitude
{
    private static readonly FrozenSet<string> AttitudeVerbs =
        Lexicon.Lines("Lexicons/reported-clause-attitude-verbs.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the cue <paramref name="inner"/> goes on with the clause that the verb of saying in <paramref name="outer"/>
    /// reports: the outer cue ends on a verb of saying, and the inner cue, ending on a verb of attitude, follows "and" or
    /// "but" with no comma before the conjunction and no subject of its own after it.
    /// </summary>
    public static bool GoesOn(string text, TextRange outer, TextRange inner)
    {
        if (inner.Start <= outer.End || LastWord(text, outer) is not { } saying || !AttributionLexicon.ParentheticalCueVerbs.Contains(saying)
            || LastWord(text, inner) is not { } attitude || !AttitudeVerbs.Contains(attitude))
        {
            return false;
        }

        var before = text.AsSpan(outer.End, inner.Start - outer.End).TrimEnd();
        if (!before.EndsWith(" and", StringComparison.Ordinal) && !before.EndsWith(" but", StringComparison.Ordinal))
        {
            return false;
        }

        var clause = before[..^" and".Length].TrimEnd();
        return clause.Length > 0 && (char.IsLetterOrDigit(clause[^1]) || CueFinder.IsClosingMark(clause[^1]));
    }

    // The last word of the range, in lower case; null when it ends on no letter.
    private static string? LastWord(string text, TextRange range)
    {
        var end = range.End;
        var start = end;
        while (start > range.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end ? text[start..end].ToLowerInvariant() : null;
    }
}
