using System.Collections.Frozen;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where an attribution's content ends because a reporting clause coordinated with it follows: "most say yes, but 55
/// percent of all voters say she does not". The second clause has a subject and cue of its own; PolNeAR annotates it as
/// a relation beside the first, whose content ends before the comma ("yes"), not as part of that content.
/// </summary>
internal static class CoordinatedClause
{
    private static readonly FrozenSet<string> Openers =
        Lexicon.Lines("Lexicons/coordinated-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelativeOpeners =
        Lexicon.Lines("Lexicons/relative-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where <paramref name="outer"/>'s content ends when <paramref name="inner"/>'s reporting clause, inside that
    /// content, opens a clause coordinated with it: its source follows ", but", ", and", "; " or the like at once.
    /// Null when it does not, or when nothing of the outer content would remain.
    /// </summary>
    public static int? OuterEnd(string text, AttributionDraft outer, AttributionDraft inner)
    {
        if (inner.Cue is not { } cue)
        {
            return null;
        }

        var first = Math.Min(cue.Start, inner.Content.Start);
        if (inner.Source is { } source)
        {
            first = Math.Min(first, source.Start);
        }

        var content = outer.Content;
        if (first <= content.Start || content.End < inner.Content.End || (outer.Cue is { } outerCue && outerCue.End > first))
        {
            return null;
        }

        // "Clinton has praised Obama's record, and won 77 percent of the black vote, according to exit polls": a credit
        // after its content ("…, according to X") vouches for the clause next to it alone, which stands beside the
        // outer content, not inside it; any comma before that clause ends the outer content.
        var trailingCredit = cue.Start >= inner.Content.End && inner.Source is { } creditor && creditor.Start >= cue.End;
        var before = text.AsSpan(content.Start, first - content.Start).TrimEnd();
        int boundary;
        if (!before.IsEmpty && (before[^1] == ';' || (trailingCredit && before[^1] == ',')))
        {
            boundary = before.Length - 1;
        }
        else if (!before.IsEmpty && before[^1] == ',' && RelativeOpeners.Contains(FirstWord(text, first)))
        {
            // "…, which at least one former employee considered illegal": the relative word opens the inner relation.
            boundary = before.Length - 1;
        }
        else
        {
            var space = before.LastIndexOfAny(' ', '\u00a0', '\n');
            var word = space < 1 ? null : before[(space + 1)..].ToString();
            var head = space < 1 ? default : before[..space].TrimEnd();
            if (word is null || head.IsEmpty || head[^1] != ',')
            {
                return null;
            }

            // A coordinated clause opens with its own subject, the inner relation's source ("…, but 55 percent say …");
            // a relative one with its relative word ("…, which he both defended").
            var coordinated = Openers.Contains(word) && (trailingCredit || (inner.Source is { } subject && subject.Start == first && cue.Start >= subject.End));
            if (!coordinated && !RelativeOpeners.Contains(word))
            {
                return null;
            }

            boundary = head.Length - 1;
        }

        var kept = text.AsSpan(content.Start, boundary).TrimEnd();
        if (!kept.ContainsAnyInRange('a', 'z') && !kept.ContainsAnyInRange('A', 'Z') && !kept.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        // A quote of the outer relation holds its words as said: the content is not cut before or inside one.
        var end = content.Start + kept.Length;
        return outer.Quotes.SelectMany(q => q.OuterPieces).Any(p => p.End > end) ? null : end;
    }

    private static string FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
