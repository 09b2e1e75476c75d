using System.Collections.Frozen;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Whether a reporting clause inside another attribution's content stands in a clause of its own: one opened by a
/// relative or time word ("Lee cited the report, which found …", "Lee spoke after Reed announced …") or set off by a
/// dash. Such a clause is no part of what the outer source said, and PolNeAR annotates it as a relation beside the
/// outer one.
/// </summary>
internal static class EmbeddedClause
{
    private static readonly FrozenSet<string> Openers =
        Lexicon.Lines("Lexicons/embedded-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="inner"/>, whose content lies within <paramref name="outerContent"/>, opens a clause of its
    /// own there: the word just before its source or cue is an opener, or a dash stands there.
    /// </summary>
    public static bool StandsApart(string text, AttributionDraft inner, TextRange outerContent)
    {
        var first = inner.Content.Start;
        if (inner.Source is { } source)
        {
            first = Math.Min(first, source.Start);
        }

        if (inner.Cue is { } cue)
        {
            first = Math.Min(first, cue.Start);
        }

        if (first <= outerContent.Start || first > text.Length)
        {
            return false;
        }

        // "…, compared with 64 percent who say the same of Sanders": a say whose source is the relative pronoun itself
        // opens a clause of its own. Measured on PolNeAR train: right about two times in three after say, well under a
        // third after other cues ("who oppose him", "who believe …"), which stay in the outer content.
        if (inner.Source is { } relative && text.AsSpan(relative.Start, relative.Length) is "who" && inner.Cue is { } sayCue
            && text.AsSpan(sayCue.Start, sayCue.Length) is "say" or "says" or "said")
        {
            return true;
        }

        var before = text.AsSpan(outerContent.Start, first - outerContent.Start).TrimEnd();
        if (before.IsEmpty)
        {
            return false;
        }

        // "Holt made no mention of Nora Vale, who announced she would run": 'who' after a comma opens a clause that
        // reports what the person named there did, not what the outer source said. A cue in the progressive ("Vale, who
        // is challenging Holt") tells what the person is busy with, which describes that person as part of the outer
        // content. PolNeAR train: 7 relations found beside the outer one, 8 kept that are not annotated.
        if (inner.Source is { } person && text.AsSpan(person.Start, person.Length) is "who" && before[^1] == ','
            && inner.Cue is { } own && !IsProgressive(text, own))
        {
            return true;
        }

        // "— Reed said —", "- which Reed said -": an aside set off by a dash.
        if (before[^1] is '—' or '–' || before.EndsWith(" -", StringComparison.Ordinal) || before.EndsWith("--", StringComparison.Ordinal))
        {
            return true;
        }

        var space = before.LastIndexOfAny(' ', '\u00a0', '\n');
        var word = before[(space + 1)..];
        return Openers.Contains(word.ToString());
    }

    // "is challenging", "was also seeking": a form of "be" opening the cue and an "-ing" form ending it.
    private static bool IsProgressive(string text, TextRange cue) =>
        WordTokenizer.Tokenize(text, cue.Start, cue.End) is [var first, .., var last]
        && AttributionLexicon.FormsOfBe.Contains(first.Lower) && last.Lower.EndsWith("ing", StringComparison.Ordinal);
}
