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
    /// <summary>Words that join a clause of its own after a comma ("but", "and", "while"), from coordinated-clause-openers.txt.</summary>
    internal static readonly FrozenSet<string> Openers =
        Lexicon.Lines("Lexicons/coordinated-clause-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AdverbialOpeners =
        Lexicon.Lines("Lexicons/coordinated-clause-adverbial-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeWords =
        Lexicon.Lines("Lexicons/coordinated-clause-time-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The most words a phrase of time may hold between the coordinating word and the subject: "at one point", "by the
    // summer of 2001," and a short clause "after the board voted," fit; a longer stretch is more likely part of the
    // first clause than an opening of the second.
    private const int MaxAdverbialWords = 7;

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
        else if (!before.IsEmpty && before[^1] == ',' && (RelativeOpeners.Contains(FirstWord(text.AsSpan(first))) || HeadsOwnRelative(text, inner, first)))
        {
            // "…, which at least one former employee considered illegal": the relative word opens the inner relation.
            // So does a relative pronoun the inner cue reported on: "…, whom the board named as harbour master".
            boundary = before.Length - 1;
        }
        else
        {
            // "…, but late Saturday he announced …": a phrase of time may open the second clause before its subject.
            var subjectFirst = inner.Source is { } named && named.Start == first && cue.Start >= named.End;
            if (subjectFirst && AdverbialPhraseStart(before) is { } opening)
            {
                before = before[..opening].TrimEnd();
            }

            var space = before.LastIndexOfAny(' ', '\u00a0', '\n');
            var word = space < 1 ? null : before[(space + 1)..].ToString();
            var head = space < 1 ? default : before[..space].TrimEnd();
            if (word is null || head.IsEmpty || head[^1] != ',')
            {
                return null;
            }

            // A coordinated clause opens with its own subject, the inner relation's source ("…, but 55 percent say …");
            // a relative one with its relative word ("…, which he both defended").
            var coordinated = Openers.Contains(word) && (trailingCredit || subjectFirst);
            if (!coordinated && !RelativeOpeners.Contains(word))
            {
                return null;
            }

            boundary = head.Length - 1;
        }

        return EndBefore(text, outer, boundary);
    }

    /// <summary>
    /// The end of <paramref name="outer"/>'s content cut before the mark <paramref name="boundary"/> characters into it,
    /// with the white space before the mark; null when no word would remain, or when the cut falls before the end of a
    /// quote the outer relation holds.
    /// </summary>
    public static int? EndBefore(string text, AttributionDraft outer, int boundary)
    {
        var content = outer.Content;
        var kept = text.AsSpan(content.Start, boundary).TrimEnd();
        if (!kept.ContainsAnyInRange('a', 'z') && !kept.ContainsAnyInRange('A', 'Z') && !kept.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        // A quote of the outer relation holds its words as said: the content is not cut before or inside one.
        var end = content.Start + kept.Length;
        return outer.Quotes.SelectMany(q => q.OuterPieces).Any(p => p.End > end) ? null : end;
    }

    // Where a phrase of time or circumstance at the end of these words starts, when one does: its first word is in
    // coordinated-clause-adverbial-openers.txt, it holds no punctuation but a closing comma, and a coordinating word
    // after a comma stands right before it ("…, and in 2014, the board said …"). Null when there is none.
    private static int? AdverbialPhraseStart(ReadOnlySpan<char> before)
    {
        var phrase = before.EndsWith(",") ? before[..^1].TrimEnd() : before;
        var start = phrase.Length;
        for (var words = 0; words < MaxAdverbialWords; words++)
        {
            var space = phrase[..start].TrimEnd().LastIndexOfAny(' ', '\u00a0', '\n');
            if (space < 1)
            {
                return null;
            }

            var word = phrase[(space + 1)..start].Trim();
            if (word.IsEmpty || !IsPlainWord(word))
            {
                return null;
            }

            if (Openers.Contains(word.ToString()))
            {
                // Words after the coordinating word: the first must open a phrase of time; the coordinating word must
                // follow a comma.
                var phraseWords = phrase[start..].TrimStart();
                var firstEnd = phraseWords.IndexOfAny(' ', '\u00a0', '\n');
                var opener = firstEnd < 0 ? phraseWords : phraseWords[..firstEnd];
                var head = phrase[..space].TrimEnd();
                // A word that needs words after it, right before the subject, would take it for its object ("…, but
                // in a later interview said …" names no subject "a later interview").
                var lastWord = phraseWords[(phraseWords.LastIndexOfAny(' ', '\u00a0', '\n') + 1)..].ToString();
                var opens = AdverbialOpeners.Contains(opener.ToString()) || TimeWords.Contains(opener.ToString());
                return words > 0 && opens && !AdverbialOpeners.Contains(lastWord) && !head.IsEmpty && head[^1] == ',' ? start : null;
            }

            start = space;
        }

        return null;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsWordCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter, a digit, or a mark inside a plain word: a hyphen, an apostrophe, a full stop ("Sept.").</summary>
    internal static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '.';

    // Whether the inner relation's content is a relative pronoun that opens its words before its source and cue: the
    // object of a relative clause set off after the outer content ("Holt praised the ferry's pilot, whom the board
    // named as harbour master on Monday"; see RelativeObject.Pronoun). relative-clause-openers.txt holds "which" alone;
    // this also takes "who" and "whom" when they are the inner cue's object. A noun heading such a clause ("…, a charge
    // the wardens denied") was tried too: on PolNeAR train 3 right, on dev 1 false and none right.
    private static bool HeadsOwnRelative(string text, AttributionDraft inner, int first) =>
        inner.Content.Start == first && inner.Source is { } source && inner.Cue is { } cue
        && inner.Content.End <= source.Start && source.End <= cue.Start
        && AttributionLexicon.RelativeObjectPronouns.Contains(FirstWord(text.AsSpan(first)));

    /// <summary>The letters opening <paramref name="text"/> ("which" of "which he …"); empty when it opens otherwise.</summary>
    internal static string FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }
}
