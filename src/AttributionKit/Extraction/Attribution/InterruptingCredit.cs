using System.Collections.Frozen;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A credit set off by commas in the middle of a sentence whose words carry on after it with a conjunction: "The pier
/// is too old, Holt said, because the tides have worn it down"; "Close the pier now, they said, and you risk a revolt."
/// The credit interrupts one report, which PolNeAR annotates on both sides of it, so the content runs from the clause
/// before the credit over it to the end of the clause after. A participle or other phrase after the credit ("…, Holt
/// said, adding that …") tells about the saying and is left out, and so is a quote after the credit; the conjunctions
/// are data:
/// <c>interrupted-sentence-continuations.txt</c>.
/// </summary>
internal static class InterruptingCredit
{
    private static readonly FrozenSet<string> Continuations =
        Lexicon.Lines("Lexicons/interrupted-sentence-continuations.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The content of the whole interrupted sentence: <paramref name="before"/> joined with <paramref name="after"/> when
    /// only a comma parts the credit, ending at <paramref name="creditEnd"/>, from <paramref name="after"/>, which opens
    /// with a conjunction that carries the sentence on. Null otherwise.
    /// </summary>
    public static TextRange? WholeSentence(string text, TextRange before, int creditEnd, TextRange? after)
    {
        if (after is not { } rest || rest.Start <= creditEnd || text.AsSpan(creditEnd, rest.Start - creditEnd).Trim() is not [','])
        {
            return null;
        }

        var end = rest.Start;
        while (end < rest.End && char.IsLetter(text[end]))
        {
            end++;
        }

        return end < rest.End && char.IsWhiteSpace(text[end]) && Continuations.Contains(text[rest.Start..end]) && !HoldsQuote(text, rest)
            ? before.Union(rest)
            : null;
    }

    // The most words a bare subject before the credit may hold: "The allure of the old harbour itself".
    private const int MaxSubjectWords = 8;

    /// <summary>
    /// The content of a sentence whose subject stands before the credit and whose predicate follows it: "The pier, Holt
    /// said, will close on Friday", "This plan, she argues, is different". <paramref name="before"/> (a short phrase with
    /// no comma, no quote and no verb of its own) is joined with <paramref name="after"/> when only a comma parts the
    /// credit, ending at <paramref name="creditEnd"/>, from <paramref name="after"/>, which opens with an auxiliary or a
    /// past form. Null otherwise: in "Still, he said, officials have to decide" the clause after the credit is whole, and
    /// "Rather, he said, …" opens with an adverb (a lone word that opens sentences without naming anything). A quote after
    /// the credit is left to the quote rules, as in <see cref="WholeSentence"/>.
    /// </summary>
    public static TextRange? SubjectAcrossCredit(string text, TextRange before, int creditEnd, TextRange? after)
    {
        if (after is not { } rest || rest.Start <= creditEnd || text.AsSpan(creditEnd, rest.Start - creditEnd).Trim() is not [',']
            || HoldsQuote(text, before) || HoldsQuote(text, rest) || text.AsSpan(before.Start, before.Length).ContainsAny(",;:"))
        {
            return null;
        }

        var subject = WordTokenizer.Tokenize(text, before.Start, before.End);
        var predicate = WordTokenizer.Tokenize(text, rest.Start, Math.Min(rest.End, rest.Start + 30));
        if (subject.Count is 0 or > MaxSubjectWords || predicate.Count == 0 || predicate[0].InQuote || !subject[0].IsCapitalized
            || subject.Exists(w => AttributionLexicon.AuxiliaryVerbs.Contains(w.Lower) || CueFinder.IsPastTense(w))
            || (subject.Count == 1 && AttributionLexicon.SentenceStarters.Contains(subject[0].Text) && subject[0].Lower is not ("that" or "this")))
        {
            return null;
        }

        return AttributionLexicon.AuxiliaryVerbs.Contains(predicate[0].Lower) || CueFinder.IsPastTense(predicate[0]) ? before.Union(rest) : null;
    }

    // "…, Holt said, but “we never asked”": a quote after the credit is the credit's own quoted speech, which the quote
    // rules attribute; it is not folded into the interrupted report.
    private static bool HoldsQuote(string text, TextRange rest)
    {
        var words = text.AsSpan(rest.Start, rest.Length);
        foreach (var c in words)
        {
            if (QuoteMarks.IsDoubleOpener(c))
            {
                return true;
            }
        }

        return words.Contains("''", StringComparison.Ordinal);
    }
}
