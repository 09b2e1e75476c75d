using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A reporting verb inside a comment clause opened by "as" after a comma (<c>…, as The Times reported on Tuesday</c>,
/// <c>…, as Sanders has sometimes acknowledged</c>): the verb has no words of its own, and what it reports is the
/// clause before the comma. Not "as soon as", "as well as", "such as" (no comma before "as" there), nor an "as" clause
/// whose verb has a clause or object of its own (<c>as Holt said that …</c>, a clause of time).
/// </summary>
internal static class AsClauseCue
{
    private static readonly ImmutableHashSet<string> Followers = Lexicon.Set("Lexicons/as-clause-cue-followers.txt");

    /// <summary>
    /// The clause before ", as" that the cue ending at word <paramref name="cueLast"/>, whose source is
    /// <paramref name="source"/>, reports; null when the source follows no such "as".
    /// </summary>
    public static TextRange? ReportedClause(string text, TextRange frame, List<WordToken> words, TextRange source, int cueLast)
    {
        var first = WordIndex.FirstAtOrAfter(words, source.Start);
        var at = first - 1;
        if (at < 1 || first >= words.Count || words[at].InQuote || words[at].Lower != "as" || words[at - 1].InQuote)
        {
            return null;
        }

        var gap = text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim();
        if (gap is not ("," or "—" or "–" or "--"))
        {
            return null;
        }

        if (!HasNoWordsOfItsOwn(text, frame, words, cueLast))
        {
            return null;
        }

        var before = ContentBoundary.ContentBefore(text, frame, words[at].Start);
        // A quote before the comma is credited by the quote tags, which read "as X said" as a tag of their own.
        if (before is not { } clause || ContentBoundary.StartsWithQuote(text, clause) || CueFinder.IsClosingMark(text[clause.End - 1])
            || text.AsSpan(clause.Start, clause.Length).IndexOfAny('“', '"') >= 0)
        {
            return null;
        }

        // Three words at least: a clause, not a connective ("But, as Lee said, …").
        return text.AsSpan(clause.Start, clause.Length).Trim().Count(' ') >= 2 ? clause : null;
    }

    /// <summary>
    /// A reporting verb in an "as" clause that opens its sentence after a connective (<c>But as a reporter noted, he
    /// didn’t …</c>, <c>And as the Post—…—observed, …</c>):
    /// the source is the words between "as" and the cue (up to a dash aside), the content the sentence after the comma
    /// that closes the clause. Null when the words after the comma are quoted (the quote tags credit those) or the
    /// verb has words of its own (<c>As Lee said that …</c>).
    /// </summary>
    public static CueCandidate? Leading(string text, TextRange frame, List<WordToken> words, int cueFirst, int cueLast)
    {
        var at = -1;
        for (var k = 0; k < cueFirst && k <= 2; k++)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            if (words[k].Lower == "as")
            {
                at = k;
                break;
            }
        }

        // "As …" follows one connective that opens the passage ("But as …", "And, as …"); an "As" that opens the
        // passage itself is read by the attribution pass, which credits the main clause with its subject's quotes.
        if (at != 1 || at + 1 >= cueFirst || words[0].Lower is not ("but" or "and" or "yet" or "so" or "still" or "now" or "indeed" or "just"))
        {
            return null;
        }

        // The source: the words up to the cue, or up to a dash that opens an aside before it.
        var sourceLast = cueFirst - 1;
        for (var k = at + 1; k < cueFirst; k++)
        {
            var w = words[k];
            if (w.InQuote || AttributionLexicon.SubordinatingConjunctions.Contains(w.Text) || w.Lower is "and" or "who" or "which" or "that" or "when"
                || (k > at + 1 && AttributionLexicon.MatchVerb(words, k) > 0 && !w.IsCapitalized))
            {
                return null;
            }

            if (k > at + 1 && text.AsSpan(words[k - 1].End, w.Start - words[k - 1].End).Trim() is var gap && !gap.IsEmpty)
            {
                if (gap is "—" or "–" or "--")
                {
                    sourceLast = k - 1;
                    break;
                }

                return null;
            }
        }

        if (sourceLast - at > CueFinder.MaxSourceWords)
        {
            return null;
        }

        // The clause closes at a comma after the cue, or after a phrase of time after it ("had written a few years earlier").
        var close = cueLast + 1;
        while (close < words.Count && close <= cueLast + 6 && !words[close].InQuote && CueFinder.IsSpaceOnly(text, words[close - 1].End, words[close].Start))
        {
            if (close == cueLast + 1 && !Followers.Contains(words[close].Lower))
            {
                return null;
            }

            close++;
        }

        var comma = words[close - 1].End;
        if (close >= words.Count || text.AsSpan(comma, words[close].Start - comma).Trim() is not ",")
        {
            return null;
        }

        for (var k = cueLast + 1; k < close; k++)
        {
            if (OpensClause(words[k]))
            {
                return null;
            }
        }

        var content = ContentBoundary.ContentFrom(text, frame, words[close].Start);
        if (content is { } from && text[from.End - 1] == ':')
        {
            content = ContentBoundary.ContentBefore(text, new TextRange(from.Start, from.End - 1), from.End - 1);
        }

        if (words[close].InQuote || content is not { } said || ContentBoundary.StartsWithQuote(text, said))
        {
            return null;
        }

        var source = new TextRange(words[at + 1].Start, words[sourceLast].End);
        var cue = new TextRange(words[cueFirst].Start, words[cueLast].End);
        return new CueCandidate(cue, source, said, false);
    }

    // The verb ends its clause, or only a phrase of time, place or occasion follows it up to the clause's end, with
    // no "that" and no quote: ", as The Times reported on Tuesday." / ", as he put it."
    // The as-clause must close the sentence: one in the middle ("In 1985, as Smith reported, the officials …", "as we
    // now know it, on …") comments on the words after it as much as on those before.
    private static bool HasNoWordsOfItsOwn(string text, TextRange frame, List<WordToken> words, int cueLast)
    {
        if (cueLast + 1 >= words.Count)
        {
            return ClosesSentence(text, words[cueLast].End, frame.End);
        }

        var next = words[cueLast + 1];
        if (!CueFinder.IsSpaceOnly(text, words[cueLast].End, next.Start))
        {
            return ClosesSentence(text, words[cueLast].End, frame.End);
        }

        if (next.InQuote || !Followers.Contains(next.Lower))
        {
            return false;
        }

        var end = ContentBoundary.ClauseEnd(text, next.Start, frame.End);
        for (var k = cueLast + 1; k < words.Count && words[k].Start < end; k++)
        {
            if (words[k].InQuote || OpensClause(words[k]))
            {
                return false;
            }
        }

        return ClosesSentence(text, end, frame.End);
    }

    /// <summary>
    /// Whether the cue ending at word <paramref name="cueLast"/> has a clause of its own right after it ("that", "what",
    /// "how", …). An "as" clause whose verb has one is a clause of time ("As Holt announces that the pier will close, the
    /// crews …"), never a comment clause ("As Holt said, …"), whose verb lacks it. An object is no sign: "As Holt told
    /// the Gazette, the pier …" names only whom she told.
    /// </summary>
    public static bool HasClauseOfItsOwn(string text, List<WordToken> words, int cueLast)
    {
        if (cueLast + 1 >= words.Count)
        {
            return false;
        }

        var next = words[cueLast + 1];
        return !next.InQuote && CueFinder.IsSpaceOnly(text, words[cueLast].End, next.Start)
            && OpensClause(next);
    }

    // "as Holt said that …", "as Lee asked whether …": a clause after the verb is its own content.
    private static bool OpensClause(WordToken word) => word.Lower is "that" or "whether" or "if" or "how" or "why" or "what";

    private static bool ClosesSentence(string text, int start, int end)
    {
        var rest = text.AsSpan(start, end - start).Trim();
        return rest.IsEmpty || rest is "." or "!" or "?" or ".”" or ".\"";
    }
}
