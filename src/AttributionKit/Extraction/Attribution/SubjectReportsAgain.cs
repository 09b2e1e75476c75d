using System.Collections.Frozen;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Where an attribution's content ends because its own source goes on to report something else with a second cue of
/// the same clause: a participle after a comma ("Dana Holt endorsed the plan, citing its low cost") or a verb of the
/// same form after "and" ("Nora Vale says she trusts the board and calls it “capable”"). PolNeAR annotates the second
/// cue as a relation of its own with the same source (citing → "its low cost"), and the first content ends before it
/// ("the plan"); kept inside the first content, the second relation would be lost. A participle after a comma ends
/// the first content whatever source its own rules found, since PolNeAR never nests one relation's cue inside
/// another's content.
/// </summary>
internal static class SubjectReportsAgain
{
    private static readonly FrozenSet<string> GerundPrepositions =
        Lexicon.Lines("Lexicons/gerund-clause-prepositions.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where <paramref name="outer"/>'s content ends when <paramref name="inner"/>, whose cue stands inside that
    /// content, is the same source's next report; null when it is not, or when nothing of the outer content would remain.
    /// </summary>
    public static int? OuterEnd(string text, AttributionDraft outer, AttributionDraft inner)
    {
        if (inner.Cue is not { } cue || outer.Cue is not { } outerCue || inner.Source is not { } source || cue.Start <= outer.Content.Start
            || inner.Content.Start < cue.End || (outerCue.End > outer.Content.Start && !InterruptsOwnContent(outer, outerCue, cue)))
        {
            return null;
        }

        var sameSource = outer.Source is { } outerSource && outerSource.Start == source.Start;

        var before = text.AsSpan(outer.Content.Start, cue.Start - outer.Content.Start).TrimEnd();
        var cueWords = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        if (before.IsEmpty || cueWords.Count == 0)
        {
            return null;
        }

        // "…, and specifically mentioned …": an adverb or auxiliary before the verb leaves its form.
        var form = CueVerbForm.OfCue(text, cue);
        if (outerCue.End > outer.Content.Start && (form != VerbForm.Participle || text.AsSpan(outerCue.End, cue.Start - outerCue.End).TrimEnd() is not [.., ',']))
        {
            // A cue inside its own content (a quote tag: "“I’m ready,” Holt told the Gazette, saying that …"; a judgement
            // read from its subject on: "Holt didn't seem impressed, telling reporters that …") gives way only to a
            // participle after a comma past the cue: the subject's next report, not more of what the cue holds.
            return null;
        }

        int boundary;
        if (before[^1] == ',' && form == VerbForm.Participle)
        {
            // "…, citing its low cost": the participle's clause is the subject's, not part of what the first cue reports.
            // Whoever the participle's own rules name says it ("Lee repeated claims that Vale stalls, calling her …").
            boundary = before.Length - 1;
        }
        else if (form == VerbForm.Participle && ClosesQuoteAfterComma(before))
        {
            // "said there is “only one strong candidate,” adding that …", "were ''overblown,'' adding that …" (a closing
            // mark written as two apostrophes): the quote ends the first content, comma and all.
            boundary = before.Length;
        }
        else if (sameSource && form == VerbForm.Participle && LastWord(before) is { } last && GerundPrepositions.Contains(last.Word))
        {
            // "endorsed Vale before backing Reed", "praised the pier without offering details": a participle after a preposition
            // is what the subject did besides, not part of what the first cue reports.
            boundary = last.At;
        }
        else if (sameSource && CueConjunction.Before(text, outer.Content.Start, cue.Start) is { } conjunction && CueVerbForm.Joins(text, outerCue, form)
            && !ReportedClauseAttitude.GoesOn(text, outerCue, cue))
        {
            // "says she trusts the board and calls it …", "declared victory and said …", "first said …, but in a later
            // interview said …": a second verb of the cue's own form joins the cue, not the reported clause ("said he
            // would win and make …" keeps its base form inside).
            boundary = conjunction - outer.Content.Start;
        }
        else
        {
            return null;
        }

        var kept = text.AsSpan(outer.Content.Start, boundary).TrimEnd().TrimEnd(",;—–-").TrimEnd();
        if (!kept.ContainsAnyInRange('a', 'z') && !kept.ContainsAnyInRange('A', 'Z') && !kept.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        // "said that after slamming into the crowd, the driver …": after "that" or a subordinator the participle opens
        // the reported clause itself.
        var lastKept = LastWord(kept)?.Word ?? kept.ToString();
        if (lastKept.Equals("that", StringComparison.OrdinalIgnoreCase) || AttributionLexicon.SubordinatingConjunctions.Contains(lastKept))
        {
            return null;
        }

        // A quote of the outer relation holds its words as said: the content is not cut inside a piece of one. A quote
        // wholly after the cut must stand in the inner content, which then attributes it (to the same source); one
        // interrupted at the cut ("condemned ''such an attack'' and declared a resolve to ''go on''") keeps its speaker.
        var end = outer.Content.Start + kept.Length;
        // A tag inside its own content keeps the quotes that go on after the participle's clause ("…,” Holt said, adding
        // that …. “The pier will reopen.”): they are more of what the tag credits, so its content is not cut before them.
        if (outerCue.End > outer.Content.Start
            && outer.Quotes.SelectMany(q => q.OuterPieces).Any(p => p.Start >= end && (p.Start < inner.Content.Start || p.End > inner.Content.End)))
        {
            return null;
        }

        return outer.Quotes.Any(q => q.OuterPieces.Any(p => p.Start < end && p.End > end) || (q.OuterPieces[0].Start >= end && !QuoteWithin(q, end, inner.Content)))
            ? null : end;
    }

    /// <summary>
    /// Hands the quotes of <paramref name="outer"/> that stand after <paramref name="end"/>, where its content now ends,
    /// to <paramref name="inner"/>, whose content holds them: "declared “Victory!” and said it would go on “to the
    /// end”" leaves "to the end" with said.
    /// </summary>
    public static void MoveQuotesAfter(AttributionDraft outer, int end, AttributionDraft inner)
    {
        var moved = outer.Quotes.Where(q => QuoteWithin(q, end, inner.Content)).ToList();
        foreach (var quote in moved)
        {
            outer.Quotes.Remove(quote);
            inner.Quotes.Add(quote);
            quote.Attribution = inner;
        }
    }

    // "“I’m getting special scrutiny,” Holt told the Gazette on Sunday, saying that crews “are very worried”": a cue
    // standing inside its own content (a quote tag whose content runs from the quote over it, or "seems" read from its
    // subject on) with the next cue after it.
    private static bool InterruptsOwnContent(AttributionDraft outer, TextRange outerCue, TextRange cue) =>
        outerCue.Start >= outer.Content.Start && outerCue.End <= outer.Content.End && cue.Start > outerCue.End;

    private static bool QuoteWithin(QuoteDraft quote, int end, TextRange content) =>
        quote.OuterPieces.All(p => p.Start >= end && p.Start >= content.Start && p.End <= content.End);

    // Whether the span ends with a comma and then one or more closing quote marks (“,”” or “,''”).
    private static bool ClosesQuoteAfterComma(ReadOnlySpan<char> span)
    {
        var marks = span.Length;
        while (marks > 0 && CueFinder.IsClosingMark(span[marks - 1]))
        {
            marks--;
        }

        return marks < span.Length && marks > 0 && span[marks - 1] == ',';
    }

    // The last word of the span and where it starts, or null when the span holds no space.
    private static (string Word, int At)? LastWord(ReadOnlySpan<char> span)
    {
        var space = span.LastIndexOfAny(' ', '\u00a0', '\n');
        return space < 0 ? null : (span[(space + 1)..].ToString(), space + 1);
    }
}
