namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A cue inside a subordinate clause that opens its sentence ("While most skippers agreed with the plan, the mayor
/// …", "When asked about the pier, Holt smiled …", "Despite leaflets urging calm, the crowd …"): what the cue reports
/// lies inside that clause, before the comma that closes it. The main clause after the comma is the sentence's own
/// statement, not the cue's content, even when the words between the cue and the comma read as a phrase of time, place
/// or addressee that the other rules skip.
/// </summary>
internal static class OpeningClauseContent
{
    // How many words the opening clause may run past its cue before its closing comma is looked for no further.
    private const int Reach = 40;

    // What ends the search for the closing comma: a sentence's end.
    private static readonly System.Buffers.SearchValues<char> SentenceBreakers = System.Buffers.SearchValues.Create(".;:!?");

    // What breaks the run of words from the sentence's start to the cue: the opening clause must hold the cue unbroken.
    private static readonly System.Buffers.SearchValues<char> ClauseBreakers = System.Buffers.SearchValues.Create(",.;:!?()—–-\n");

    /// <summary>
    /// Where the sentence-opening subordinate clause that holds the cue at words <paramref name="cueFirst"/>..<paramref
    /// name="cueLast"/> ends: after the comma that closes it (and a closing quote mark after that comma); null when the cue
    /// stands in no such clause.
    /// </summary>
    public static int? End(string text, List<WordToken> words, int cueFirst, int cueLast)
    {
        if (!OpensWithSubordinator(text, words, cueFirst, cueLast))
        {
            return null;
        }

        var inAside = false;
        for (var j = cueLast + 1; j < words.Count && j - cueLast <= Reach; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.IndexOfAny(SentenceBreakers) >= 0 || words[j].OpensSentence)
            {
                return null;
            }

            // "… by asserting — in one sentence — that …": commas inside an aside set off by dashes ("- youth, charisma and
            // …") close nothing; the clause goes on after the second dash.
            if (gap.IndexOfAny(AsideDashes.Marks) >= 0)
            {
                inAside = !inAside;
                continue;
            }

            // A comma inside quoted words closes nothing; "…, which …" opens a relative clause that goes on, and "…, and"
            // a list ("says he “loves the pier,” and “the pier loves me,” …").
            if (inAside || !gap.Contains(',') || (words[j - 1].InQuote && words[j].InQuote)
                || words[j].Lower is "which" or "who" or "whose" or "whom" or "where" or "and" or "or" or "nor")
            {
                continue;
            }

            // "…, Holt said “the pier is safe,” she …": a comma inside the closing mark ends the clause after the mark.
            return words[j - 1].End + gap.TrimEnd().Length;
        }

        return null;
    }

    // Whether the cue's sentence opens ("While", "But when", "Even as", "Despite") with a subordinating word, perhaps after
    // a conjunction, and no comma or other break stands between that word and the cue; or the cue is a gerund right after
    // an opening preposition ("In asking the court …", AdverbialClause). "As" opens a comment clause AsClauseCue reads
    // ("As Holt said, the pier …"), unless the cue has a clause of its own ("As Holt announces that she is ready for the
    // fight, she …"): that "as" tells the time, and the main clause after the comma is no part of the report.
    private static bool OpensWithSubordinator(string text, List<WordToken> words, int cueFirst, int cueLast)
    {
        var first = cueFirst;
        while (first > 0 && !words[first].OpensSentence)
        {
            var gap = text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End);
            if (gap.IndexOfAny(ClauseBreakers) >= 0 || words[first - 1].InQuote)
            {
                return false;
            }

            first--;
        }

        if (first == cueFirst)
        {
            return false;
        }

        if (!words[first].IsCapitalized)
        {
            return false;
        }

        if (words[first].Lower is "but" or "and" or "yet" or "so" && first + 1 < cueFirst)
        {
            first++;
        }

        // "Even as Holt spoke, …" opens a clause ("as" too, then); "Even my own crews say …" is an adverb before the subject.
        if (words[first].Lower == "even")
        {
            return first + 1 < cueFirst && AttributionLexicon.SubordinatingConjunctions.Contains(words[first + 1].Text);
        }

        return AdverbialClause.OpensBefore(text, words, cueFirst)
            || ((words[first].Lower is not "as" || AsClauseCue.HasClauseOfItsOwn(text, words, cueLast))
                && AttributionLexicon.SubordinatingConjunctions.Contains(words[first].Text));
    }
}
